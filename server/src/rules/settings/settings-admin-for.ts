import { dedent } from '../shapes';
import { removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-admin-for',
  title: '`ADMIN_FOR`: remove it',
  category: 'settings',
  deprecatedIn: '1.7',
  removedIn: '1.8',
  setting: 'ADMIN_FOR',
  docs: {
    what: 'Finds the `ADMIN_FOR` setting in settings modules.',
    why: 'The admin documentation of several sites from one settings module (`ADMIN_FOR`) was dropped in Django 1.7, which only warns that the setting does nothing; Django 1.8 removed it from the default settings.',
    fixSafety: 'Safe: Django 1.7 and later ignore the setting, so removing it changes nothing.',
  },
  removable: () => true,
  advice: 'remove it',
  checklist: ['admin-for-setting'],
  examples: {
    valid: [
      {
        code: dedent`
          INSTALLED_APPS = ["django.contrib.admin", "django.contrib.admindocs"]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          ADMIN_FOR = ("project.settings.site_a", "project.settings.site_b")
          ROOT_URLCONF = "project.urls"
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `ADMIN_FOR` setting is deprecated since Django 1.7 and removed in 1.8: remove it' },
        ],
        output: dedent`
          ROOT_URLCONF = "project.urls"
        `,
      },
      {
        code: dedent`
          DEBUG = True
          ADMIN_FOR = ()
        `,
        filename: 'project/settings/dev.py',
        errors: [
          { line: 2, column: 1, message: 'The `ADMIN_FOR` setting is deprecated since Django 1.7 and removed in 1.8: remove it' },
        ],
        output: dedent`
          DEBUG = True
        `,
      },
    ],
  },
});
