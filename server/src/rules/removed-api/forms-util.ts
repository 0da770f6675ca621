import { dedent, movedModuleRule } from '../shapes';

export default movedModuleRule({
  id: 'forms-util',
  title: '`django.forms.util` → `django.forms.utils`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports from `django.forms.util`.',
    why: 'Django 1.7 renamed the module `django.forms.utils`; Django 1.9 removed the old name.',
    fixSafety: 'Safe: the same module under its new name.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  checklist: ['forms-util'],
  oldModule: 'django.forms.util',
  newModule: 'django.forms.utils',
  examples: {
    valid: [
      {
        code: dedent`
          from django.forms.utils import flatatt
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.forms.util import flatatt
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.forms.util` is deprecated since Django 1.7 and removed in 1.9: import from `django.forms.utils`' },
        ],
        output: dedent`
          from django.forms.utils import flatatt
        `,
      },
      {
        code: dedent`
          from django.forms.util import ErrorList, ValidationError
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.forms.util` is deprecated since Django 1.7 and removed in 1.9: import from `django.forms.utils`' },
        ],
        output: dedent`
          from django.forms.utils import ErrorList, ValidationError
        `,
      },
    ],
  },
});
