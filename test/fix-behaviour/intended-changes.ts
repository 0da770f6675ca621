// The differences the behaviour test accepts between a fixed example and its original, each with
// why it does not change what the code does under Django (or why the change is the fix's purpose,
// as its docs say). Any other difference fails the test; an entry nothing matches any more too.

export interface IntendedChange {
  /** "rule-id#N" (1-based, as the catalogue tests count examples), or a corpus project's folder. */
  case: string;
  /** The summary paths that may differ (module + path, e.g. "settings.py/settings/USE_TZ"). */
  paths: RegExp;
  why: string;
}

const signature = (version: string) =>
  `the fix gives the method the signature Django ${version} calls it with; the body is unchanged`;

export const intendedChanges: IntendedChange[] = [
  // Methods Django calls with new arguments.
  { case: 'auth-backend-authenticate-request#1', paths: /\/authenticate\/parameters$/, why: signature('2.1') },
  { case: 'auth-backend-authenticate-request#2', paths: /\/authenticate\/parameters$/, why: signature('2.1') },
  { case: 'widget-render-renderer#1', paths: /\/render\/parameters$/, why: signature('2.1') },
  { case: 'widget-render-renderer#2', paths: /\/render\/parameters$/, why: signature('2.1') },
  { case: 'contribute-to-class-virtual-only#1', paths: /\/contribute_to_class\/parameters$/, why: signature('2.0') },
  { case: 'contribute-to-class-virtual-only#2', paths: /\/contribute_to_class\/parameters$/, why: signature('2.0') },
  { case: 'error-handler-exception-parameter#1', paths: /\/parameters$/, why: signature('2.0') },
  { case: 'error-handler-exception-parameter#2', paths: /\/parameters$/, why: signature('2.0') },
  { case: 'from-db-value-context#1', paths: /\/from_db_value\/parameters$/, why: signature('3.0') },
  { case: 'from-db-value-context#2', paths: /\/convert_value\/parameters$/, why: signature('3.0') },
  { case: 'inline-has-add-permission-obj#1', paths: /\/has_add_permission\/parameters$/, why: signature('3.0') },
  { case: 'inline-has-add-permission-obj#2', paths: /\/has_add_permission\/parameters$/, why: signature('3.0') },
  { case: 'remote-user-configure-user-request#1', paths: /\/configure_user\/parameters$/, why: signature('3.1') },
  { case: 'remote-user-configure-user-request#2', paths: /\/configure_user\/parameters$/, why: signature('3.1') },
  { case: 'get-group-by-cols-alias#1', paths: /\/get_group_by_cols\/parameters$/, why: signature('4.0') },
  { case: 'get-group-by-cols-alias#2', paths: /\/get_group_by_cols\/parameters$/, why: signature('4.0') },
  { case: 'remote-user-configure-user-created#1', paths: /\/configure_user\/parameters$/, why: signature('4.1') },
  { case: 'remote-user-configure-user-created#2', paths: /\/configure_user\/parameters$/, why: signature('4.1') },
  { case: 'modeladmin-lookup-allowed-request#1', paths: /\/lookup_allowed\/parameters$/, why: signature('5.0') },
  { case: 'modeladmin-lookup-allowed-request#2', paths: /\/lookup_allowed\/parameters$/, why: signature('5.0') },
  // Values Django no longer reads, or reads under another name.
  { case: 'apps-default-app-config#1', paths: /\/values\/default_app_config$/, why: 'Django 3.2+ finds the app config itself and ignores `default_app_config` when it names that config (the rule checks it does)' },
  { case: 'apps-default-app-config#2', paths: /\/values\/default_app_config$/, why: 'Django 3.2+ finds the app config itself and ignores `default_app_config` when it names that config (the rule checks it does)' },
  { case: 'command-requires-system-checks#2', paths: /\/values\/Command\/attributes\/requires_system_checks$/, why: 'Django 3.2–4.0 reads `requires_system_checks = True` as `"__all__"` (with a warning): the same checks run' },
  { case: 'cors-headers-renamed-settings#1', paths: /\/settings\/CORS_(ORIGIN_WHITELIST|ORIGIN_REGEX_WHITELIST|ALLOWED_ORIGINS|ALLOWED_ORIGIN_REGEXES)$/, why: 'django-cors-headers 3.5+ reads `CORS_ALLOWED_ORIGINS` / `CORS_ALLOWED_ORIGIN_REGEXES`, falling back to the old names: the renamed setting has the same value' },
  { case: 'cors-headers-renamed-settings#2', paths: /\/settings\/CORS_(ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS)$/, why: 'django-cors-headers 3.5+ reads `CORS_ALLOW_ALL_ORIGINS`, falling back to `CORS_ORIGIN_ALLOW_ALL`: the renamed setting has the same value' },
  { case: 'allauth-account-middleware#1', paths: /\/settings\/MIDDLEWARE\//, why: 'django-allauth 0.56+ refuses to start without `AccountMiddleware` in `MIDDLEWARE`: adding it is the fix' },
  { case: 'allauth-account-middleware#2', paths: /\/settings\/MIDDLEWARE\//, why: 'django-allauth 0.56+ refuses to start without `AccountMiddleware` in `MIDDLEWARE`: adding it is the fix' },
  { case: 'allauth-context-processors#1', paths: /\/settings\/TEMPLATE_CONTEXT_PROCESSORS\//, why: 'django-allauth 0.22+ has no context processor module: Django would fail to import the listed one' },
  { case: 'allauth-context-processors#2', paths: /\/settings\/TEMPLATE_CONTEXT_PROCESSORS\//, why: 'django-allauth 0.22+ has no context processor module: Django would fail to import the listed one' },
  { case: 'allauth-context-processors#3', paths: /\/settings\/TEMPLATE_CONTEXT_PROCESSORS\//, why: 'django-allauth 0.22+ has no context processor module: Django would fail to import the listed one' },
  { case: 'allauth-context-processors#4', paths: /\/settings\/TEMPLATES\/.*\/list\/[12]$/, why: 'django-allauth 0.22+ has no context processor modules: Django would fail to import the listed ones' },
  { case: 'allauth-login-methods#1', paths: /\/settings\/ACCOUNT_(AUTHENTICATION_METHOD|LOGIN_METHODS)$/, why: 'django-allauth 65.4+ derives `LOGIN_METHODS` from `"username_email"` as `{"email", "username"}`: the new setting holds the same methods' },
  { case: 'debug-toolbar-config-keys#1', paths: /\/settings\/DEBUG_TOOLBAR_CONFIG\/dict\//, why: 'Django Debug Toolbar 1.x translated `RESULTS_STORE_SIZE` to `RESULTS_CACHE_SIZE` and dropped `HIDE_DJANGO_SQL`; 2.0+ reads only the new key' },
  { case: 'debug-toolbar-config-keys#2', paths: /\/settings\/DEBUG_TOOLBAR_CONFIG\/dict\//, why: 'Django Debug Toolbar 1.x turned `TAG: "div"` into `INSERT_BEFORE: "</div>"` and renamed `ROOT_TAG_ATTRS`; 2.0+ reads only the new keys' },
  { case: 'debug-toolbar-logging-panel#1', paths: /\/settings\/DEBUG_TOOLBAR_PANELS\//, why: 'Django Debug Toolbar 4.0+ has no logging panel: the toolbar would fail to import the listed one' },
  { case: 'debug-toolbar-logging-panel#2', paths: /\/settings\/DEBUG_TOOLBAR_PANELS\//, why: 'Django Debug Toolbar 4.0+ has no logging panel: the toolbar would fail to import the listed one' },
  { case: 'debug-toolbar-panels#1', paths: /\/settings\/DEBUG_TOOLBAR_PANELS\//, why: 'Django Debug Toolbar 1.x loaded these panels for the 0.x paths; 2.0+ imports only the new paths' },
  { case: 'debug-toolbar-panels#2', paths: /\/settings\/DEBUG_TOOLBAR_PANELS\//, why: 'Django Debug Toolbar 1.x loaded this panel for the 0.x path; 2.0+ imports only the new path' },
  { case: 'debug-toolbar-patch-settings#1', paths: /\/settings\/DEBUG_TOOLBAR_PATCH_SETTINGS$/, why: 'Django Debug Toolbar 1.6+ reads no `DEBUG_TOOLBAR_PATCH_SETTINGS`' },
  { case: 'simplejwt-auth-header-type#1', paths: /\/settings\/SIMPLE_JWT\/dict\/0\/0$/, why: 'Simple JWT 3.2+ reads `AUTH_HEADER_TYPES` (one type or several) and refuses `AUTH_HEADER_TYPE`' },
  { case: 'simplejwt-auth-header-type#2', paths: /\/settings\/SIMPLE_JWT\/dict\/1\/0$/, why: 'Simple JWT 3.2+ reads `AUTH_HEADER_TYPES` (one type or several) and refuses `AUTH_HEADER_TYPE`' },
  { case: 'simplejwt-removed-settings#1', paths: /\/settings\/SIMPLE_JWT\/dict\/0\/0$/, why: 'Simple JWT 3.0+ reads the key as `SIGNING_KEY` and refuses `SECRET_KEY`' },
  { case: 'simplejwt-removed-settings#2', paths: /\/settings\/SIMPLE_JWT\/dict\//, why: 'Simple JWT 3.0+ reads a list of token classes, `AUTH_TOKEN_CLASSES`, and refuses `AUTH_TOKEN_CLASS` and `TOKEN_BACKEND_CLASS`' },
  { case: 'drf-filters-django-filter-backend#1', paths: /\/error$/, why: 'neither DRF nor django-filter is installed where the examples run: the original fails importing `rest_framework`, the fixed code `django_filters`, whose backend replaced DRF\'s' },
  { case: 'drf-filters-django-filter-backend#2', paths: /\/settings\/REST_FRAMEWORK\/dict\/0\/1\//, why: 'the setting names django-filter\'s backend, which replaced `rest_framework.filters.DjangoFilterBackend`' },
  { case: 'drf-removed-settings#1', paths: /\/settings\/REST_FRAMEWORK\/dict\//, why: 'DRF 3.3+ ignores the browsable API\'s override keys: deleting them is the fix' },
  { case: 'drf-removed-settings#2', paths: /\/settings\/REST_FRAMEWORK\/dict\//, why: 'DRF 3.3+ ignores the browsable API\'s override keys: deleting them is the fix' },
  { case: 'settings-password-reset-timeout-days#2', paths: /\/settings\/PASSWORD_RESET_TIMEOUT_DAYS$/, why: 'Django 3.1+ reads only `PASSWORD_RESET_TIMEOUT`, which it computes from the `_DAYS` setting: both give 172800' },
  { case: 'settings-postgresql-psycopg2#1', paths: /\/settings\/DATABASES\//, why: '`django.db.backends.postgresql_psycopg2` only re-exports `django.db.backends.postgresql`' },
  { case: 'settings-postgresql-psycopg2#2', paths: /\/settings\/DATABASES\//, why: '`django.db.backends.postgresql_psycopg2` only re-exports `django.db.backends.postgresql`' },
  { case: 'settings-session-auth-middleware#1', paths: /\/settings\/MIDDLEWARE_CLASSES\//, why: '`SessionAuthenticationMiddleware` does nothing since Django 1.10' },
  { case: 'settings-session-auth-middleware#2', paths: /\/settings\/MIDDLEWARE\//, why: '`SessionAuthenticationMiddleware` does nothing since Django 1.10' },
  { case: 'meta-manager-inheritance-from-future#2', paths: /\/operations\/list\/0\/state\/options\//, why: 'Django 2.0+ ignores `manager_inheritance_from_future` (its manager inheritance is the only one)' },
  { case: 'pylibmc-behavior-options#1', paths: /\/settings\/CACHES\//, why: 'Django 1.11–2.0 moved the behaviour keys into `OPTIONS["behaviors"]` at run time, which the fix writes' },
  { case: 'pylibmc-behavior-options#2', paths: /\/settings\/CACHES\//, why: 'Django 1.11–2.0 moved the behaviour keys into `OPTIONS["behaviors"]` at run time, which the fix writes' },
  { case: 'database-test-serialize#1', paths: /\/settings\/DATABASES\//, why: 'Django 4.0+ serializes only for test cases with `serialized_rollback = True`, whatever `SERIALIZE` says (the rule\'s fix safety)' },
  { case: 'database-test-serialize#2', paths: /\/settings\/DATABASES\//, why: 'Django 4.0+ serializes only for test cases with `serialized_rollback = True`, whatever `SERIALIZE` says (the rule\'s fix safety)' },
  { case: 'settings-admins-managers#1', paths: /\/settings\/(ADMINS|MANAGERS)\//, why: '`mail_admins()`/`mail_managers()` only ever used the addresses, which Django 6.0 takes as plain strings' },
  { case: 'settings-admins-managers#2', paths: /\/settings\/(ADMINS|MANAGERS)\//, why: '`mail_admins()`/`mail_managers()` only ever used the addresses, which Django 6.0 takes as plain strings' },
  { case: 'div-form-renderers#1', paths: /\/settings\/FORM_RENDERER$/, why: 'from Django 5.0 `DjangoTemplates` renders the same `<div>` templates as the transitional renderer' },
  { case: 'div-form-renderers#2', paths: /\/values\/Renderer\/bases\//, why: 'the transitional renderer only subclassed `DjangoTemplates`, which renders the same `<div>` templates from Django 5.0' },
  { case: 'forms-default-templates#1', paths: /\/values\/ContactForm\/attributes\/template_name$/, why: 'Django 4.x\'s `default.html` includes `table.html`: the form\'s HTML (also compared) is the same' },
  { case: 'old-style-middleware#1', paths: /\/values\/\w+\/bases\//, why: '`MiddlewareMixin` adds the `__call__` that `MIDDLEWARE` needs around the same hook methods' },
  { case: 'old-style-middleware#3', paths: /\/values\/\w+\/bases\//, why: '`MiddlewareMixin` adds the `__call__` that `MIDDLEWARE` needs around the same hook methods' },
  { case: 'auth-function-views#2', paths: /\/urls\/reset\/\/kwargs\/(post_reset_redirect|success_url)$/, why: 'the class-based view takes the function view\'s `post_reset_redirect` as `success_url`' },
  { case: 'forms-model-multiple-choice-list-key#1', paths: /\/error_messages\//, why: 'Django 3.1+ reads the `invalid_list` message; during the deprecation it copied a `list` one there' },
  { case: 'forms-model-multiple-choice-list-key#2', paths: /\/error_messages\//, why: 'Django 3.1+ reads the `invalid_list` message; during the deprecation it copied a `list` one there' },
  { case: 'logout-then-login-extra-context#2', paths: /\/urls\/logout\/\/kwargs\/extra_context$/, why: '`logout_then_login()` redirects and never used `extra_context` (Django 2.1 removed the parameter: the pattern\'s extra kwarg then raises `TypeError`)' },
  { case: 'nulls-first-last-false#2', paths: /\/ordering\/list\/0\/state\/nulls_first$/, why: '`nulls_first=False` and `None` both leave the NULLs where the database puts them (Django 4.1 deprecated `False` for that reason)' },
  // The fix's purpose: the old spelling had silently stopped working.
  { case: 'feed-mime-type#1', paths: /\/values\/Podcast\/attributes\/(mime_type|content_type)$/, why: 'Django 1.9–1.11 read `content_type` and ignored a subclass\'s `mime_type`: the fix makes the meant content type take effect' },
  { case: 'feed-mime-type#2', paths: /\/values\/ShopFeed\/attributes\/(mime_type|content_type)$/, why: 'Django 1.9–1.11 read `content_type` and ignored a subclass\'s `mime_type`: the fix makes the meant content type take effect' },
  { case: 'email-validator-domain-whitelist#1', paths: /\/values\/Corporate\/attributes\/domain_(whitelist|allowlist)(\/|$)/, why: 'Django 3.2–4.0 read `domain_allowlist` and ignored a subclass\'s `domain_whitelist` attribute: the fix makes the allowlist take effect' },
  { case: 'email-validator-domain-whitelist#2', paths: /\/values\/StaffEmailValidator\/attributes\/domain_(whitelist|allowlist)(\/|$)/, why: 'Django 3.2–4.0 read `domain_allowlist` and ignored a subclass\'s `domain_whitelist` attribute: the fix makes the allowlist take effect' },
  // Examples that read names they do not define: a stub stands for them, and an expression the fix
  // rewrites gives another value on the stub than on the real object.
  { case: 'meta-has-auto-field#1', paths: /\/values\/flag$/, why: '`opts` is a stub: `not opts.has_auto_field` and `not (opts.auto_field is not None)` agree on real options, not on a stub' },
  { case: 'include-3-tuple#2', paths: /\/error$/, why: '`api_patterns` is a stub, whose `app_name` attribute Django 2.0\'s `include()` reads as an app name' },
  // The corpora.
  { case: 'test/fixtures/legacy-warnings', paths: /^shop\/__init__\.py\/values\/default_app_config$/, why: 'Django 3.2+ finds the app config itself and ignores `default_app_config` when it names that config (the rule checks it does)' },
  {
    case: 'test/fixtures/python2-site',
    paths: /^catalog\/(feeds|pricing)\.py\/error$/,
    why: 'Python 2 modules Python 3 cannot import before the fix; the safe fixes leave the renames of `HTMLParser` and `StringIO` (unsafe: python2-renamed-modules), so they still fail, one import later',
  },
  { case: 'test/parity/fixtures/django-upgrade/legacy-shop', paths: /^config\/settings\.py\/settings\/DATABASES\//, why: '`django.db.backends.postgresql_psycopg2` only re-exports `django.db.backends.postgresql`' },
  { case: 'test/parity/fixtures/django-upgrade/legacy-shop', paths: /^shop\/signals\.py\/values\/\w+\/state\/providing_args\//, why: '`providing_args` was documentation only: Django stored it on the signal and never read it' },
  // Environment.
  { case: 'django-admin-py#1', paths: /\/error$/, why: 'the example runs `django-admin.py`, which the fix replaces with `django-admin`; neither is installed where the test runs' },
];
