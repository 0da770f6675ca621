import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'test-runner-setup-databases',
  title: '`django.test.runner.setup_databases` → `django.test.utils.setup_databases`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds `setup_databases` imported from `django.test.runner`.',
    why: 'Django 1.11 moved it to `django.test.utils`; 2.1 removed the old location.',
    fixSafety: 'Safe: the same function. Needs Django 1.11+.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '1.11',
  checklist: ['test-runner-setup-databases'],
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [{ old: 'django.test.runner.setup_databases', replacement: 'django.test.utils.setup_databases', subject: '`django.test.runner.setup_databases()`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.test.utils import setup_databases
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.test.runner import DiscoverRunner, setup_databases
        `,
        errors: [
          { line: 1, column: 48, message: '`django.test.runner.setup_databases()` is deprecated since Django 1.11 and removed in 2.1: use `django.test.utils.setup_databases`' },
        ],
        output: dedent`
          from django.test.utils import setup_databases
          from django.test.runner import DiscoverRunner
        `,
      },
      {
        code: dedent`
          from django.test.runner import setup_databases


          def prepare(verbosity):
              return setup_databases(verbosity, interactive=False)
        `,
        errors: [
          { line: 1, column: 32, message: '`django.test.runner.setup_databases()` is deprecated since Django 1.11 and removed in 2.1: use `django.test.utils.setup_databases`' },
          { line: 5, column: 12, message: '`django.test.runner.setup_databases()` is deprecated since Django 1.11 and removed in 2.1: use `django.test.utils.setup_databases`' },
        ],
        output: dedent`
          from django.test.utils import setup_databases


          def prepare(verbosity):
              return setup_databases(verbosity, interactive=False)
        `,
      },
    ],
  },
});
