import { dedent, definePythonRule } from '../shapes';
import { renamedPackageSites } from '../shapes/libraries';

/** python-social-auth's packages and where social-auth-core / social-auth-app-django have them (longest first). */
const renames: ReadonlyArray<readonly [string, string]> = [
  ['social.apps.django_app.default', 'social_django'],
  ['social.apps.django_app', 'social_django'],
  ['social.backends', 'social_core.backends'],
  ['social.pipeline', 'social_core.pipeline'],
  ['social.exceptions', 'social_core.exceptions'],
  ['social.utils', 'social_core.utils'],
  ['social.actions', 'social_core.actions'],
];

export default definePythonRule({
  id: 'social-auth-python-social-auth',
  title: 'python-social-auth (`social.…`) → social-auth-core (`social_core`) and social-auth-app-django (`social_django`)',
  category: 'social-auth',
  library: 'python-social-auth',
  deprecatedIn: '0.3',
  removedIn: null,
  fixMinVersion: '0.3',
  docsUrl: 'https://python-social-auth.readthedocs.io/en/latest/configuration/porting_from_psa.html',
  triggers: ['social'],
  docs: {
    what: "Finds imports from python-social-auth's `social` package (`social.apps.django_app`, `social.backends`, `social.pipeline`, …) and the dotted paths in settings and URLconfs (`INSTALLED_APPS`, `AUTHENTICATION_BACKENDS`, `SOCIAL_AUTH_PIPELINE`, context processors, `include('social.apps.django_app.urls')`).",
    why: 'python-social-auth 0.3 split into social-auth-core and one package per framework (social-auth-app-django) and kept `social` only as a shim that re-exports them; it gets no releases since, and the Django app moved to `social_django`.',
    fixSafety:
      "Unsafe: rewrites the module paths (`social.apps.django_app.default` and `social.apps.django_app` → `social_django`, `social.backends` → `social_core.backends`, …), which needs social-auth-app-django installed; the Django app's label changes from `default` to `social_django`, so its migrations need a look (social-auth-app-django's docs on migrating from python-social-auth). An unaliased `import social.…` is reported only.",
  },
  fix: 'unsafe',
  truth: {
    // From 0.3 python-social-auth's modules are shims that import social-auth-core's (a claim of the form `a.b imports 'x.y'`).
    deprecated: ["social.backends.google imports 'social_core'", "social.pipeline.social_auth imports 'social_core'"],
    replacements: ['social_django.models.UserSocialAuth', 'social_django.context_processors.backends', 'social_django.middleware.SocialAuthExceptionMiddleware', 'social_django.urls', 'social_core.backends.google.GoogleOAuth2', 'social_core.pipeline.social_auth.social_details'],
  },
  check(context) {
    for (const { node, path, replacement, edit } of renamedPackageSites(context, 'social', renames)) {
      context.report({
        node,
        subject: `python-social-auth's \`${path}\``,
        advice: `use \`${replacement}\` (social-auth-app-django / social-auth-core)`,
        fix: edit ? { title: `Use \`${replacement}\``, edits: [edit] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["social_django"]
          AUTHENTICATION_BACKENDS = ["social_core.backends.google.GoogleOAuth2"]
        `,
        filename: 'site/settings.py',
      },
      {
        code: dedent`
          import social

          SOCIAL_LINKS = {"social.example": "https://example.com"}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          INSTALLED_APPS = [
              "django.contrib.auth",
              "social.apps.django_app.default",
          ]
          AUTHENTICATION_BACKENDS = (
              "social.backends.google.GoogleOAuth2",
              "django.contrib.auth.backends.ModelBackend",
          )
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 3, column: 5, message: 'python-social-auth\'s `social.apps.django_app.default` is deprecated since python-social-auth 0.3: use `social_django` (social-auth-app-django / social-auth-core)' },
          { line: 6, column: 5, message: 'python-social-auth\'s `social.backends.google.GoogleOAuth2` is deprecated since python-social-auth 0.3: use `social_core.backends.google.GoogleOAuth2` (social-auth-app-django / social-auth-core)' },
        ],
        output: dedent`
          INSTALLED_APPS = [
              "django.contrib.auth",
              "social_django",
          ]
          AUTHENTICATION_BACKENDS = (
              "social_core.backends.google.GoogleOAuth2",
              "django.contrib.auth.backends.ModelBackend",
          )
        `,
      },
      {
        code: dedent`
          from django.conf.urls import include, url
          from social.apps.django_app.default.models import UserSocialAuth

          urlpatterns = [url(r"^auth/", include("social.apps.django_app.urls", namespace="social"))]
        `,
        errors: [
          { line: 2, column: 6, message: 'python-social-auth\'s `social.apps.django_app.default.models` is deprecated since python-social-auth 0.3: use `social_django.models` (social-auth-app-django / social-auth-core)' },
          { line: 4, column: 39, message: 'python-social-auth\'s `social.apps.django_app.urls` is deprecated since python-social-auth 0.3: use `social_django.urls` (social-auth-app-django / social-auth-core)' },
        ],
        output: dedent`
          from django.conf.urls import include, url
          from social_django.models import UserSocialAuth

          urlpatterns = [url(r"^auth/", include("social_django.urls", namespace="social"))]
        `,
      },
    ],
  },
});
