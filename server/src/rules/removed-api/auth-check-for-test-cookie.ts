import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'auth-check-for-test-cookie',
  title: '`AuthenticationForm.check_for_test_cookie()` → remove it',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.7',
  docs: {
    what: 'Finds `check_for_test_cookie()` overridden in, or called on `self` in, subclasses of `AuthenticationForm`, and called on instances the module creates.',
    why: 'Django 1.6 stopped requiring the test cookie at login and deprecated the method that checked it; Django 1.7 removed it (`AttributeError` where it is called).',
  },
  fix: 'none',
  checklist: ['check-for-test-cookie'],
  classes: ['django.contrib.auth.forms.AuthenticationForm'],
  methods: [{ name: 'check_for_test_cookie', subject: '`AuthenticationForm.check_for_test_cookie()`', advice: 'remove the call (Django no longer needs the test cookie); put other login rules in `confirm_login_allowed(user)` (Django 1.7+)' }],
  truth: { removed: ['django.contrib.auth.forms.AuthenticationForm.check_for_test_cookie'], replacements: ['django.contrib.auth.forms.AuthenticationForm.confirm_login_allowed'] },
  fixMinVersion: '1.7',
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.auth.forms import AuthenticationForm


          class LoginForm(AuthenticationForm):
              def confirm_login_allowed(self, user):
                  super().confirm_login_allowed(user)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.auth.forms import AuthenticationForm


          class LoginForm(AuthenticationForm):
              def clean(self):
                  cleaned = super(LoginForm, self).clean()
                  self.check_for_test_cookie()
                  return cleaned
        `,
        errors: [
          { line: 7, column: 9, message: '`AuthenticationForm.check_for_test_cookie()` is deprecated since Django 1.6 and removed in 1.7: remove the call (Django no longer needs the test cookie); put other login rules in `confirm_login_allowed(user)` (Django 1.7+)' },
        ],
      },
    ],
  },
});
