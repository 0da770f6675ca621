import { dedent, keywordArgumentRule } from '../shapes';

const views = [
  'login', 'logout', 'logout_then_login', 'password_reset', 'password_reset_done', 'password_reset_confirm',
  'password_reset_complete', 'password_change', 'password_change_done',
].map((name) => `django.contrib.auth.views.${name}`);

export default keywordArgumentRule({
  id: 'auth-views-current-app',
  title: '`current_app=` of the `django.contrib.auth` views',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `current_app` passed to the function views of `django.contrib.auth.views` (`login`, `logout`, `password_reset`, …), in calls and in the extra-kwargs dict of URL patterns.',
    why: 'Django 1.9 reads the current application from `request.current_app`; 2.0 removed the argument, so the views raise `TypeError`.',
    fixSafety: 'No automatic fix: set `request.current_app` (for example in a wrapping view), or use an instance namespace in `include()`.',
  },
  fix: 'none',
  checklist: ['auth-views-current-app'],
  truth: {
    removed: ['django.contrib.auth.views.deprecate_current_app'],
    note: 'the views accepted `current_app` through the `deprecate_current_app` decorator (1.9–1.11), not in their signatures',
  },
  sites: { callees: views, urlKwargs: true },
  keywords: [{ name: 'current_app', advice: 'set `request.current_app` instead' }],
  examples: {
    valid: [
      {
        filename: 'urls.py',
        code: dedent`
          from django.contrib.auth import views as auth_views
          from django.conf.urls import url

          urlpatterns = [url(r"^login/$", auth_views.login, {"template_name": "l.html"})]
        `,
      },
    ],
    invalid: [
      {
        filename: 'urls.py',
        code: dedent`
          from django.contrib.auth import views as auth_views
          from django.conf.urls import url

          urlpatterns = [url(r"^login/$", auth_views.login, {"current_app": "shop"})]

          def out(request):
              return auth_views.logout(request, current_app="shop")
        `,
        errors: [
          { line: 4, column: 52, message: '`login(current_app=…)` is deprecated since Django 1.9 and removed in 2.0: set `request.current_app` instead' },
          { line: 7, column: 39, message: '`logout(current_app=…)` is deprecated since Django 1.9 and removed in 2.0: set `request.current_app` instead' },
        ],
      },
    ],
  },
});
