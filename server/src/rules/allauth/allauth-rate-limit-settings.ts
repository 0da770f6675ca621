import { settingAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { allauthReleaseNotes } from '../shapes/libraries';

/** The settings `ACCOUNT_RATE_LIMITS` replaced, and the entry allauth 0.61+ derives from each. */
const settings: Record<string, string> = {
  ACCOUNT_LOGIN_ATTEMPTS_LIMIT: '`ACCOUNT_RATE_LIMITS["login_failed"]`, which allauth derives as `"10/m/ip,<limit>/<timeout>s/key"`',
  ACCOUNT_LOGIN_ATTEMPTS_TIMEOUT: '`ACCOUNT_RATE_LIMITS["login_failed"]`, which allauth derives as `"10/m/ip,<limit>/<timeout>s/key"`',
  ACCOUNT_EMAIL_CONFIRMATION_COOLDOWN: '`ACCOUNT_RATE_LIMITS["confirm_email"]`, which allauth derives as `"1/<cooldown>s/key"`',
};

export default definePythonRule({
  id: 'allauth-rate-limit-settings',
  title: '`ACCOUNT_LOGIN_ATTEMPTS_LIMIT` / `_TIMEOUT`, `ACCOUNT_EMAIL_CONFIRMATION_COOLDOWN` → `ACCOUNT_RATE_LIMITS`',
  category: 'allauth',
  library: 'django-allauth',
  deprecatedIn: '0.61.0',
  removedIn: null,
  onlyIn: ['settings'],
  docsUrl: allauthReleaseNotes('2024'),
  triggers: Object.keys(settings),
  docs: {
    what: `Finds the settings ${Object.keys(settings).map((name) => `\`${name}\``).join(', ')} in settings modules.`,
    why: 'django-allauth 0.61.0 moved failed-login limits and the email confirmation cooldown into its general rate limits, `ACCOUNT_RATE_LIMITS` (`"login_failed"`, `"confirm_email"`), and warns at startup while the old settings are set.',
    fixSafety: 'No fix: the entry goes into `ACCOUNT_RATE_LIMITS`, which may exist already or be built elsewhere; the message gives the value allauth derives.',
  },
  fix: 'none',
  truth: {
    deprecated: ["allauth.account.app_settings.AppSettings.__init__ mentions 'ACCOUNT_LOGIN_ATTEMPTS_LIMIT'", "allauth.account.app_settings.AppSettings.__init__ mentions 'ACCOUNT_EMAIL_CONFIRMATION_COOLDOWN'"],
    replacements: ['allauth.account.app_settings.AppSettings.RATE_LIMITS'],
  },
  check(context) {
    for (const [name, entry] of Object.entries(settings)) {
      for (const { left } of settingAssignments(context, name)) context.report({ node: left, subject: `The setting \`${name}\``, advice: `set ${entry}` });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key", "confirm_email": "1/180s/key"}
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          ACCOUNT_LOGIN_ATTEMPTS_LIMIT = 5
          ACCOUNT_LOGIN_ATTEMPTS_TIMEOUT = 300
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The setting `ACCOUNT_LOGIN_ATTEMPTS_LIMIT` is deprecated since django-allauth 0.61.0: set `ACCOUNT_RATE_LIMITS["login_failed"]`, which allauth derives as `"10/m/ip,<limit>/<timeout>s/key"`' },
          { line: 2, column: 1, message: 'The setting `ACCOUNT_LOGIN_ATTEMPTS_TIMEOUT` is deprecated since django-allauth 0.61.0: set `ACCOUNT_RATE_LIMITS["login_failed"]`, which allauth derives as `"10/m/ip,<limit>/<timeout>s/key"`' },
        ],
      },
      {
        code: dedent`
          ACCOUNT_EMAIL_CONFIRMATION_COOLDOWN = 60
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The setting `ACCOUNT_EMAIL_CONFIRMATION_COOLDOWN` is deprecated since django-allauth 0.61.0: set `ACCOUNT_RATE_LIMITS["confirm_email"]`, which allauth derives as `"1/<cooldown>s/key"`' },
        ],
      },
    ],
  },
});
