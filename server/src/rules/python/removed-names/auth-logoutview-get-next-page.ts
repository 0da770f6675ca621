import { releaseNotes } from '../../docs-links';
import { removedMethodsRule } from '../../shapes';

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
    valid: [{ code: 'from django.contrib.auth.views import LogoutView\n\nclass Logout(LogoutView):\n    def get_success_url(self):\n        return "/"\n' }],
    invalid: [
      {
        code: 'from django.contrib.auth.views import LogoutView\n\nclass Logout(LogoutView):\n    def get_next_page(self):\n        return super().get_next_page() or "/"\n',
        findings: 2,
        output: 'from django.contrib.auth.views import LogoutView\n\nclass Logout(LogoutView):\n    def get_success_url(self):\n        return super().get_success_url() or "/"\n',
      },
    ],
  },
});
