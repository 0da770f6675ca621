import { stringsEqualTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const oldEngine = 'django.db.backends.postgresql_psycopg2';

export default definePythonRule({
  id: 'settings-postgresql-psycopg2',
  title: '`postgresql_psycopg2` database engine → `postgresql`',
  category: 'settings',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds the `django.db.backends.postgresql_psycopg2` engine path in settings modules.',
    why: 'The backend was renamed `django.db.backends.postgresql` in Django 1.9; the old module was removed in 3.0.',
    fixSafety: 'Safe: same backend under its new name (Django 1.9+).',
  },
  upstream: { djangoUpgrade: 'settings_database_postgresql' },
  fix: 'safe',
  checklist: ['postgresql-psycopg2-module'],
  truth: { removed: ['django.db.backends.postgresql_psycopg2'], replacements: ['django.db.backends.postgresql'] },
  fixMinVersion: '1.9',
  triggers: ['postgresql_psycopg2'],
  check(context) {
    for (const { node } of stringsEqualTo(context, [oldEngine])) {
      const content = node.namedChildren.find((child) => child?.type === 'string_content');
      context.report({
        node,
        subject: 'The `postgresql_psycopg2` database backend',
        advice: 'use `django.db.backends.postgresql`',
        fix: content ? { title: 'Use `django.db.backends.postgresql`', edits: [{ start: content.startIndex, end: content.endIndex, text: 'django.db.backends.postgresql' }] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql"}}
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DATABASES = {
              'default': {
                  'ENGINE': 'django.db.backends.postgresql_psycopg2',
                  'NAME': 'shop',
              }
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 3, column: 19, message: 'The `postgresql_psycopg2` database backend is deprecated since Django 2.0 and removed in 3.0: use `django.db.backends.postgresql`' },
        ],
        output: dedent`
          DATABASES = {
              'default': {
                  'ENGINE': 'django.db.backends.postgresql',
                  'NAME': 'shop',
              }
          }
        `,
      },
      {
        code: dedent`
          DATABASES = {
              "default": {"ENGINE": "django.db.backends.postgresql_psycopg2", "NAME": "shop"},
              "replica": {"ENGINE": "django.db.backends.postgresql_psycopg2", "NAME": "shop", "HOST": "replica"},
          }
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 2, column: 27, message: 'The `postgresql_psycopg2` database backend is deprecated since Django 2.0 and removed in 3.0: use `django.db.backends.postgresql`' },
          { line: 3, column: 27, message: 'The `postgresql_psycopg2` database backend is deprecated since Django 2.0 and removed in 3.0: use `django.db.backends.postgresql`' },
        ],
        output: dedent`
          DATABASES = {
              "default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop"},
              "replica": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "HOST": "replica"},
          }
        `,
      },
    ],
  },
});
