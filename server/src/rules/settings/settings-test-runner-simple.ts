import { dedent } from '../shapes';
import { pathStringsRule } from '../shapes/django-paths';

const old = 'django.test.simple.DjangoTestSuiteRunner';
const replacement = 'django.test.runner.DiscoverRunner';

export default pathStringsRule({
  id: 'settings-test-runner-simple',
  title: '`TEST_RUNNER = "django.test.simple.DjangoTestSuiteRunner"` → `DiscoverRunner`',
  category: 'settings',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds the dotted path `django.test.simple.DjangoTestSuiteRunner` in strings (the `TEST_RUNNER` setting); `test-simple-runner` finds the imports.',
    why: 'Django 1.6 made `django.test.runner.DiscoverRunner` the default test runner and deprecated `django.test.simple`; Django 1.8 removed it, so `manage.py test` fails to load the runner.',
    fixSafety: 'Quick fix only: `DiscoverRunner` finds tests by file pattern (`test*.py`) instead of in each app\'s `models.py`/`tests.py`, and takes dotted test labels instead of `app.TestCase.test_method`; review which tests run. Needs Django 1.6+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.6',
  checklist: ['django-test-suite-runner'],
  truth: { removed: [old], replacements: [replacement] },
  paths: [{ old, replacement, advice: `use \`${replacement}\` (the default: the setting can go)` }],
  examples: {
    valid: [
      {
        code: dedent`
          TEST_RUNNER = "django.test.runner.DiscoverRunner"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          TEST_RUNNER = "django.test.simple.DjangoTestSuiteRunner"
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 15, message: '`django.test.simple.DjangoTestSuiteRunner` is deprecated since Django 1.6 and removed in 1.8: use `django.test.runner.DiscoverRunner` (the default: the setting can go)' },
        ],
        output: dedent`
          TEST_RUNNER = "django.test.runner.DiscoverRunner"
        `,
      },
      {
        code: dedent`
          DEBUG = False
          TEST_RUNNER = 'django.test.simple.DjangoTestSuiteRunner'
        `,
        filename: 'project/settings/test.py',
        errors: [
          { line: 2, column: 15, message: '`django.test.simple.DjangoTestSuiteRunner` is deprecated since Django 1.6 and removed in 1.8: use `django.test.runner.DiscoverRunner` (the default: the setting can go)' },
        ],
        output: dedent`
          DEBUG = False
          TEST_RUNNER = 'django.test.runner.DiscoverRunner'
        `,
      },
    ],
  },
});
