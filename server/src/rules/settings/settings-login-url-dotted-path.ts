import { moduleAssignments, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { isViewPath } from '../shapes/project-config';

export default definePythonRule({
  id: 'settings-login-url-dotted-path',
  title: '`LOGIN_URL`/`LOGIN_REDIRECT_URL` as a Python path',
  category: 'settings',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds `LOGIN_URL` and `LOGIN_REDIRECT_URL` set to a view\'s dotted Python path (with a `views` module part, since URL names may contain dots) in settings modules.',
    why: 'They are resolved with `reverse()`, which stopped accepting Python paths in Django 1.10; the path is then used as a relative URL and redirects break.',
    fixSafety: 'No automatic fix: use the URL pattern\'s name (e.g. `"login"`) or a path (`"/accounts/login/"`).',
  },
  fix: 'none',
  checklist: ['login-url-dotted-path'],
  truth: { replacements: ['django.conf.global_settings.LOGIN_URL', 'django.conf.global_settings.LOGIN_REDIRECT_URL'], note: 'the settings stay; reversing them by Python path went away' },
  triggers: ['LOGIN_URL', 'LOGIN_REDIRECT_URL'],
  check(context) {
    for (const setting of ['LOGIN_URL', 'LOGIN_REDIRECT_URL']) {
      for (const { right } of moduleAssignments(context, setting)) {
        const value = stringValue(right);
        if (!right || value === null || !isViewPath(value)) continue;
        context.report({ node: right, subject: `\`${setting}\` as the Python path \`${value}\``, advice: 'use the URL pattern\'s name or a URL path' });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          LOGIN_URL = "login"
          LOGIN_REDIRECT_URL = "accounts.profile"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          LOGIN_URL = 'django.contrib.auth.views.login'
          LOGIN_REDIRECT_URL = 'accounts.views.profile'
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 13, message: '`LOGIN_URL` as the Python path `django.contrib.auth.views.login` is deprecated since Django 1.8 and removed in 1.10: use the URL pattern\'s name or a URL path' },
          { line: 2, column: 22, message: '`LOGIN_REDIRECT_URL` as the Python path `accounts.views.profile` is deprecated since Django 1.8 and removed in 1.10: use the URL pattern\'s name or a URL path' },
        ],
      },
    ],
  },
});
