import { dedent } from '../shapes';
import { isFalse, removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-transactions-managed',
  title: '`TRANSACTIONS_MANAGED` → the database\'s `AUTOCOMMIT`',
  category: 'settings',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  setting: 'TRANSACTIONS_MANAGED',
  docs: {
    what: 'Finds the `TRANSACTIONS_MANAGED` setting in settings modules.',
    why: 'Django 1.6 turned autocommit on by default and deprecated the setting that turned Django\'s transaction management off; Django 1.8 removed it.',
    fixSafety: 'Safe for `False` (the old default): the fix removes the setting. `True` becomes `"AUTOCOMMIT": False` in each database\'s settings, by hand.',
  },
  removable: isFalse,
  advice: 'set `"AUTOCOMMIT": False` in the `DATABASES` entries instead',
  checklist: ['transactions-managed-setting'],
  examples: {
    valid: [
      {
        code: dedent`
          DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "AUTOCOMMIT": False}}
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          TRANSACTIONS_MANAGED = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `TRANSACTIONS_MANAGED` setting is deprecated since Django 1.6 and removed in 1.8: set `"AUTOCOMMIT": False` in the `DATABASES` entries instead' },
        ],
      },
      {
        code: dedent`
          TIME_ZONE = "UTC"
          TRANSACTIONS_MANAGED = False
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `TRANSACTIONS_MANAGED` setting is deprecated since Django 1.6 and removed in 1.8: remove it' },
        ],
        output: dedent`
          TIME_ZONE = "UTC"
        `,
      },
      {
        code: dedent`
          TRANSACTIONS_MANAGED = False
          USE_TZ = True
        `,
        filename: 'project/settings/base.py',
        errors: [
          { line: 1, column: 1, message: 'The `TRANSACTIONS_MANAGED` setting is deprecated since Django 1.6 and removed in 1.8: remove it' },
        ],
        output: dedent`
          USE_TZ = True
        `,
      },
    ],
  },
});
