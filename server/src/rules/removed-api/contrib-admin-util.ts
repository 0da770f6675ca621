import { dedent, movedModuleRule } from '../shapes';

export default movedModuleRule({
  id: 'contrib-admin-util',
  title: '`django.contrib.admin.util` → `django.contrib.admin.utils`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports from `django.contrib.admin.util`.',
    why: 'Django 1.7 renamed the module `django.contrib.admin.utils`; Django 1.9 removed the old name.',
    fixSafety: 'Safe: the same module under its new name.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  checklist: ['contrib-admin-util'],
  oldModule: 'django.contrib.admin.util',
  newModule: 'django.contrib.admin.utils',
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.admin.utils import quote
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.admin.util import quote, unquote
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.contrib.admin.util` is deprecated since Django 1.7 and removed in 1.9: import from `django.contrib.admin.utils`' },
        ],
        output: dedent`
          from django.contrib.admin.utils import quote, unquote
        `,
      },
      {
        code: dedent`
          from django.contrib.admin.util import flatten_fieldsets

          names = flatten_fieldsets(fieldsets)
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.contrib.admin.util` is deprecated since Django 1.7 and removed in 1.9: import from `django.contrib.admin.utils`' },
        ],
        output: dedent`
          from django.contrib.admin.utils import flatten_fieldsets

          names = flatten_fieldsets(fieldsets)
        `,
      },
    ],
  },
});
