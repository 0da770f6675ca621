import { quoteOf, settingAssignments, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { allauthReleaseNotes } from '../shapes/libraries';

/** `ACCOUNT_AUTHENTICATION_METHOD`'s values and the login methods allauth derives from each. */
const methods: Record<string, string[]> = { username: ['username'], email: ['email'], username_email: ['email', 'username'] };

export default definePythonRule({
  id: 'allauth-login-methods',
  title: '`ACCOUNT_AUTHENTICATION_METHOD` → `ACCOUNT_LOGIN_METHODS`',
  category: 'allauth',
  library: 'django-allauth',
  deprecatedIn: '65.4.0',
  removedIn: null,
  fixMinVersion: '65.4.0',
  onlyIn: ['settings'],
  docsUrl: allauthReleaseNotes('2025'),
  triggers: ['ACCOUNT_AUTHENTICATION_METHOD'],
  docs: {
    what: 'Finds `ACCOUNT_AUTHENTICATION_METHOD = …` in settings modules.',
    why: 'django-allauth 65.4.0 replaced the string setting (`"username"`, `"email"`, `"username_email"`) by the set `ACCOUNT_LOGIN_METHODS` (`{"email", "username"}`), to make room for phone login; the old setting is read only while the new one is unset, and reading it warns.',
    fixSafety: 'Safe: `"username_email"` becomes `ACCOUNT_LOGIN_METHODS = {"email", "username"}` and the others the set of their one method, which is how allauth 65.4+ reads the old value. Only for a string literal, and not when the module sets `ACCOUNT_LOGIN_METHODS` already.',
  },
  fix: 'safe',
  // The fix and message depend on whether another statement sets the new name: it runs on the whole file after every edit.
  locality: 'file',
  truth: {
    deprecated: ['allauth.account.app_settings.AppSettings.LOGIN_METHODS'],
    replacements: ['allauth.account.app_settings.AppSettings.LOGIN_METHODS'],
  },
  check(context) {
    const taken = settingAssignments(context, 'ACCOUNT_LOGIN_METHODS').length > 0;
    for (const { assignment, left, right } of settingAssignments(context, 'ACCOUNT_AUTHENTICATION_METHOD')) {
      const value = stringValue(right);
      const replacement = value !== null && !taken && assignment.type === 'assignment' ? methods[value] : undefined;
      const quote = right ? quoteOf(right) : '"';
      context.report({
        node: left,
        subject: 'The setting `ACCOUNT_AUTHENTICATION_METHOD`',
        advice: replacement ? `use \`ACCOUNT_LOGIN_METHODS = {${replacement.map((m) => `"${m}"`).join(', ')}}\`` : 'use `ACCOUNT_LOGIN_METHODS`, a set of `"email"` and/or `"username"`',
        fix: replacement && right ? { title: 'Use `ACCOUNT_LOGIN_METHODS`', edits: [{ start: left.startIndex, end: right.endIndex, text: `ACCOUNT_LOGIN_METHODS = {${replacement.map((m) => `${quote}${m}${quote}`).join(', ')}}` }] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          ACCOUNT_LOGIN_METHODS = {"email"}
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          ACCOUNT_AUTHENTICATION_METHOD = "username_email"
          ACCOUNT_EMAIL_VERIFICATION = "mandatory"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The setting `ACCOUNT_AUTHENTICATION_METHOD` is deprecated since django-allauth 65.4.0: use `ACCOUNT_LOGIN_METHODS = {"email", "username"}`' },
        ],
        output: dedent`
          ACCOUNT_LOGIN_METHODS = {"email", "username"}
          ACCOUNT_EMAIL_VERIFICATION = "mandatory"
        `,
      },
      {
        code: dedent`
          class Base(Configuration):
              DEBUG = False
              ACCOUNT_AUTHENTICATION_METHOD = 'email'
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 3, column: 5, message: 'The setting `ACCOUNT_AUTHENTICATION_METHOD` is deprecated since django-allauth 65.4.0: use `ACCOUNT_LOGIN_METHODS = {"email"}`' },
        ],
        output: dedent`
          class Base(Configuration):
              DEBUG = False
              ACCOUNT_LOGIN_METHODS = {'email'}
        `,
      },
      {
        // The new setting is there too: no rewrite, whichever statement was edited last.
        code: dedent`
          ACCOUNT_LOGIN_METHODS = {"email"}
          ACCOUNT_AUTHENTICATION_METHOD = "email"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 1, message: 'The setting `ACCOUNT_AUTHENTICATION_METHOD` is deprecated since django-allauth 65.4.0: use `ACCOUNT_LOGIN_METHODS`, a set of `"email"` and/or `"username"`' },
        ],
      },
    ],
  },
});
