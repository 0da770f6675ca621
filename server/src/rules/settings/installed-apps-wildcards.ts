import { elementsOf, settingAssignments, stringValue, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'installed-apps-wildcards',
  title: '`INSTALLED_APPS` wildcards (`"django.contrib.*"`) → list each app',
  category: 'settings',
  deprecatedIn: '1.4',
  removedIn: '1.4',
  docs: {
    what: 'Finds entries of `INSTALLED_APPS` that end with `.*`.',
    why: 'Django up to 1.3 expanded `"package.*"` into every app package under `package`, an undocumented feature; Django 1.4 dropped it, so start-up fails to import the app `package.*`.',
    fixSafety: 'No fix: which apps the wildcard stood for depends on the packages installed.',
  },
  fix: 'none',
  onlyIn: ['settings'],
  checklist: ['installed-apps-wildcards'],
  truth: { note: 'an expansion, not a name: 1.3 (older than the releases checked) expanded the entries in django/conf/__init__.py; 1.4.22\'s Settings copies INSTALLED_APPS as it is' },
  triggers: ['INSTALLED_APPS'],
  check(context) {
    for (const { right } of settingAssignments(context, 'INSTALLED_APPS')) {
      const value = unparenthesized(right);
      if (!value || !['list', 'tuple'].includes(value.type)) continue;
      for (const element of elementsOf(value)) {
        const app = stringValue(element);
        if (app?.endsWith('.*')) context.report({ node: element, subject: `The wildcard app \`${app}\``, advice: 'list each app of the package' });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ("django.contrib.auth", "django.contrib.contenttypes")
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          INSTALLED_APPS = (
              "django.contrib.*",
              "shop",
          )
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 5, message: 'The wildcard app `django.contrib.*` was removed in Django 1.4 without a deprecation period: list each app of the package' },
        ],
      },
    ],
  },
});
