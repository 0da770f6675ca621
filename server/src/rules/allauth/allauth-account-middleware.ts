import { quoteOf, settingAssignments, unparenthesized } from '../../engine/python-queries';
import { appendArgument } from '../../engine/python-edits';
import { dedent, definePythonRule } from '../shapes';
import { allauthReleaseNotes, settingsListStrings } from '../shapes/libraries';

const middleware = 'allauth.account.middleware.AccountMiddleware';

export default definePythonRule({
  id: 'allauth-account-middleware',
  title: '`allauth.account.middleware.AccountMiddleware` is required in `MIDDLEWARE`',
  category: 'allauth',
  library: 'django-allauth',
  deprecatedIn: '0.56.0',
  removedIn: '0.56.0',
  fixMinVersion: '0.56.0',
  onlyIn: ['settings'],
  docsUrl: allauthReleaseNotes('2023'),
  triggers: ['allauth'],
  // What it finds in one statement depends on others (INSTALLED_APPS, MIDDLEWARE): it runs on the whole file after every edit.
  locality: 'file',
  docs: {
    what: '`"allauth.account"` in `INSTALLED_APPS` of a settings module whose literal `MIDDLEWARE` list lacks `"allauth.account.middleware.AccountMiddleware"`.',
    why: 'From django-allauth 0.56.0 the account app refuses to start (`ImproperlyConfigured` at startup) unless its middleware is in `settings.MIDDLEWARE`.',
    fixSafety: 'Safe: appends the middleware at the end of `MIDDLEWARE`, where allauth\'s documentation puts it (it exists from 0.56.0). Not offered when the module sets `MIDDLEWARE` more than once or not as a literal list or tuple; a settings module that sets only `INSTALLED_APPS` (split settings) is not reported.',
  },
  fix: 'safe',
  truth: {
    deprecated: ["allauth.account.apps.AccountConfig.ready mentions 'required_mw'", 'allauth.account.middleware.AccountMiddleware'],
    replacements: ['allauth.account.middleware.AccountMiddleware'],
  },
  check(context) {
    const app = settingsListStrings(context, 'INSTALLED_APPS').find((entry) => entry.value === 'allauth.account');
    const assignments = settingAssignments(context, 'MIDDLEWARE');
    if (!app || assignments.length !== 1) return;
    const list = unparenthesized(assignments[0].right);
    if (list?.type !== 'list' && list?.type !== 'tuple') return;
    if (settingsListStrings(context, 'MIDDLEWARE').some((entry) => entry.value === middleware)) return;
    const quote = quoteOf(app.node);
    context.report({
      node: assignments[0].left,
      subject: `Leaving \`${middleware}\` out of \`MIDDLEWARE\``,
      advice: 'add it: the account app does not start without it',
      fix: { title: 'Add `AccountMiddleware` to `MIDDLEWARE`', edits: [appendArgument(context.text, list, `${quote}${middleware}${quote}`)] },
    });
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["django.contrib.auth", "allauth", "allauth.account"]
          MIDDLEWARE = [
              "django.contrib.sessions.middleware.SessionMiddleware",
              "allauth.account.middleware.AccountMiddleware",
          ]
        `,
        filename: 'site/settings.py',
      },
      {
        code: dedent`
          INSTALLED_APPS = ["allauth", "allauth.account"]
        `,
        filename: 'site/settings/apps.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          INSTALLED_APPS = ["django.contrib.auth", "allauth", "allauth.account"]
          MIDDLEWARE = [
              "django.contrib.sessions.middleware.SessionMiddleware",
              "django.contrib.auth.middleware.AuthenticationMiddleware",
          ]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 1, message: 'Leaving `allauth.account.middleware.AccountMiddleware` out of `MIDDLEWARE` was removed in django-allauth 0.56.0 without a deprecation period: add it: the account app does not start without it' },
        ],
        output: dedent`
          INSTALLED_APPS = ["django.contrib.auth", "allauth", "allauth.account"]
          MIDDLEWARE = [
              "django.contrib.sessions.middleware.SessionMiddleware",
              "django.contrib.auth.middleware.AuthenticationMiddleware",
              "allauth.account.middleware.AccountMiddleware",
          ]
        `,
      },
      {
        code: dedent`
          INSTALLED_APPS = ('allauth', 'allauth.account', 'allauth.socialaccount')
          MIDDLEWARE = ('django.middleware.common.CommonMiddleware',)
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 1, message: 'Leaving `allauth.account.middleware.AccountMiddleware` out of `MIDDLEWARE` was removed in django-allauth 0.56.0 without a deprecation period: add it: the account app does not start without it' },
        ],
        output: dedent`
          INSTALLED_APPS = ('allauth', 'allauth.account', 'allauth.socialaccount')
          MIDDLEWARE = ('django.middleware.common.CommonMiddleware', 'allauth.account.middleware.AccountMiddleware',)
        `,
      },
    ],
  },
});
