import { dedent, keywordArgumentRule } from '../shapes';

const view = 'django.contrib.auth.views.logout_then_login';

export default keywordArgumentRule({
  id: 'logout-then-login-extra-context',
  title: 'Drop `logout_then_login(extra_context=…)`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds `extra_context` passed to `django.contrib.auth.views.logout_then_login`, in calls and in the extra-kwargs dict of URL patterns.',
    why: 'The view redirects, so the context was never used; Django 1.11 deprecated it and 2.1 removed it (`TypeError`).',
    fixSafety: 'Safe: the argument was unused.',
  },
  fix: 'safe',
  checklist: ['logout-then-login-extra-context'],
  truth: { removedParameters: [{ symbol: view, name: 'extra_context' }] },
  sites: { callees: [view], urlKwargs: true },
  keywords: [{ name: 'extra_context', subject: '`logout_then_login(extra_context=…)`', remove: true, advice: 'remove it (it was never used)' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.auth.views import logout_then_login

          def out(request):
              return logout_then_login(request, login_url="/in/")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.auth.views import logout_then_login

          def out(request):
              return logout_then_login(request, login_url="/in/", extra_context={"a": 1})
        `,
        errors: [
          { line: 4, column: 57, message: '`logout_then_login(extra_context=…)` is deprecated since Django 1.11 and removed in 2.1: remove it (it was never used)' },
        ],
        output: dedent`
          from django.contrib.auth.views import logout_then_login

          def out(request):
              return logout_then_login(request, login_url="/in/")
        `,
      },
      {
        code: dedent`
          from django.conf.urls import url
          from django.contrib.auth.views import logout_then_login

          urlpatterns = [
              url(r"^logout/$", logout_then_login, {"login_url": "/login/", "extra_context": {"site": "shop"}}),
          ]
        `,
        errors: [
          { line: 5, column: 67, message: '`logout_then_login(extra_context=…)` is deprecated since Django 1.11 and removed in 2.1: remove it (it was never used)' },
        ],
        output: dedent`
          from django.conf.urls import url
          from django.contrib.auth.views import logout_then_login

          urlpatterns = [
              url(r"^logout/$", logout_then_login, {"login_url": "/login/"}),
          ]
        `,
      },
    ],
  },
});
