import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'management-setup-environ',
  title: '`setup_environ()` / `execute_manager()` → `DJANGO_SETTINGS_MODULE` and `execute_from_command_line()`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports and uses of `django.core.management.setup_environ` and `execute_manager`.',
    why: 'Django 1.4 introduced the new `manage.py` layout (`DJANGO_SETTINGS_MODULE` and `execute_from_command_line(sys.argv)`) and deprecated the functions the old one called; Django 1.6 removed them.',
  },
  fix: 'none',
  checklist: ['setup-environ', 'execute-manager'],
  names: [
    { old: 'django.core.management.setup_environ', advice: 'set `DJANGO_SETTINGS_MODULE` (or call `settings.configure()`) and call `django.setup()` (1.7+)' },
    { old: 'django.core.management.execute_manager', advice: 'set `DJANGO_SETTINGS_MODULE` and call `execute_from_command_line(sys.argv)` (Django 1.4\'s `manage.py`)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          import os, sys
          from django.core.management import execute_from_command_line

          os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')
          execute_from_command_line(sys.argv)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management import execute_manager
          import settings

          if __name__ == '__main__':
              execute_manager(settings)
        `,
        errors: [
          { line: 1, column: 36, message: '`django.core.management.execute_manager` is deprecated since Django 1.4 and removed in 1.6: set `DJANGO_SETTINGS_MODULE` and call `execute_from_command_line(sys.argv)` (Django 1.4\'s `manage.py`)' },
          { line: 5, column: 5, message: '`django.core.management.execute_manager` is deprecated since Django 1.4 and removed in 1.6: set `DJANGO_SETTINGS_MODULE` and call `execute_from_command_line(sys.argv)` (Django 1.4\'s `manage.py`)' },
        ],
      },
      {
        code: dedent`
          from django.core import management

          management.setup_environ(settings)
        `,
        errors: [
          { line: 3, column: 1, message: '`django.core.management.setup_environ` is deprecated since Django 1.4 and removed in 1.6: set `DJANGO_SETTINGS_MODULE` (or call `settings.configure()`) and call `django.setup()` (1.7+)' },
        ],
      },
    ],
  },
});
