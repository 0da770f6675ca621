import { releaseNotes } from '../docs-links';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'auth-logoutview-get-next-page',
  title: '`LogoutView.get_next_page()` → `get_success_url()`',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '4.1',
  docsUrl: releaseNotes('4.1', 'backwards-incompatible-changes-in-4-1'),
  docs: {
    what: 'Finds `get_next_page()` overridden in, or called on `self`/`super()` in, a `LogoutView` subclass.',
    why: 'Django 4.1 renamed the undocumented method to `get_success_url()` without a deprecation period, so an override silently stops being called.',
    fixSafety: 'Safe: renames the method (same signature). Needs Django 4.1+.',
  },
  fix: 'safe',
  fixMinVersion: '4.1',
  checklist: ['logoutview-get-next-page'],
  classes: ['django.contrib.auth.views.LogoutView'],
  methods: [{ name: 'get_next_page', rename: 'get_success_url', subject: '`LogoutView.get_next_page()`', advice: 'rename it to `get_success_url()`' }],
  truth: { removed: ['django.contrib.auth.views.LogoutView.get_next_page'], replacements: ['django.contrib.auth.views.LogoutView.get_success_url'] },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.auth.views import LogoutView

          class Logout(LogoutView):
              def get_success_url(self):
                  return "/"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.auth.views import LogoutView

          class Logout(LogoutView):
              def get_next_page(self):
                  return super().get_next_page() or "/"
        `,
        errors: [
          { line: 4, column: 9, message: '`LogoutView.get_next_page()`, overridden here, was removed in Django 4.1 without a deprecation period: rename it to `get_success_url()`' },
          { line: 5, column: 16, message: '`LogoutView.get_next_page()` was removed in Django 4.1 without a deprecation period: rename it to `get_success_url()`' },
        ],
        output: dedent`
          from django.contrib.auth.views import LogoutView

          class Logout(LogoutView):
              def get_success_url(self):
                  return super().get_success_url() or "/"
        `,
      },
      {
        code: dedent`
          from django.contrib.auth import views as auth_views


          class SignOutView(auth_views.LogoutView):
              template_name = "accounts/signed_out.html"

              def get_next_page(self):
                  next_page = super().get_next_page()
                  return next_page or "/accounts/login/"
        `,
        errors: [
          { line: 7, column: 9, message: '`LogoutView.get_next_page()`, overridden here, was removed in Django 4.1 without a deprecation period: rename it to `get_success_url()`' },
          { line: 8, column: 21, message: '`LogoutView.get_next_page()` was removed in Django 4.1 without a deprecation period: rename it to `get_success_url()`' },
        ],
        output: dedent`
          from django.contrib.auth import views as auth_views


          class SignOutView(auth_views.LogoutView):
              template_name = "accounts/signed_out.html"

              def get_success_url(self):
                  next_page = super().get_success_url()
                  return next_page or "/accounts/login/"
        `,
      },
    ],
  },
});
