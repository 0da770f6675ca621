import { dedent, movedModuleRule } from '../shapes';

export default movedModuleRule({
  id: 'db-backends-util',
  title: '`django.db.backends.util` → `django.db.backends.utils`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports from `django.db.backends.util`.',
    why: 'Django 1.7 renamed the module `django.db.backends.utils`; Django 1.9 removed the old name.',
    fixSafety: 'Safe: the same module under its new name.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  checklist: ['db-backends-util'],
  oldModule: 'django.db.backends.util',
  newModule: 'django.db.backends.utils',
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.backends.utils import truncate_name
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.backends.util import truncate_name
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.db.backends.util` is deprecated since Django 1.7 and removed in 1.9: import from `django.db.backends.utils`' },
        ],
        output: dedent`
          from django.db.backends.utils import truncate_name
        `,
      },
      {
        code: dedent`
          from django.db.backends.util import CursorDebugWrapper

          wrapper = CursorDebugWrapper
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.db.backends.util` is deprecated since Django 1.7 and removed in 1.9: import from `django.db.backends.utils`' },
        ],
        output: dedent`
          from django.db.backends.utils import CursorDebugWrapper

          wrapper = CursorDebugWrapper
        `,
      },
    ],
  },
});
