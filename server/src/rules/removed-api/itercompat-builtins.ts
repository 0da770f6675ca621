import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'itercompat-builtins',
  title: '`django.utils.itercompat.all` / `any` → the builtins',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports and uses of `django.utils.itercompat.all` and `any`.',
    why: 'They were copies of Python 2.5\'s builtins for Python 2.4; Django 1.4 deprecated them, 1.6 removed them.',
  },
  fix: 'none',
  checklist: ['itercompat-all', 'itercompat-any'],
  names: [
    { old: 'django.utils.itercompat.all', advice: 'use the builtin `all()`: delete the import' },
    { old: 'django.utils.itercompat.any', advice: 'use the builtin `any()`: delete the import' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          ok = all(x for x in items)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.itercompat import all, any
        `,
        errors: [
          { line: 1, column: 37, message: '`django.utils.itercompat.all` is deprecated since Django 1.4 and removed in 1.6: use the builtin `all()`: delete the import' },
          { line: 1, column: 42, message: '`django.utils.itercompat.any` is deprecated since Django 1.4 and removed in 1.6: use the builtin `any()`: delete the import' },
        ],
      },
    ],
  },
});
