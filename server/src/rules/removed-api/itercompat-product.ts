import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'itercompat-product',
  title: '`django.utils.itercompat.product` → `itertools.product`',
  category: 'removed-api',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds imports and uses of `django.utils.itercompat.product`.',
    why: 'A copy of Python 2.6\'s `itertools.product`; Django 1.5 deprecated it, 1.7 removed it.',
  },
  fix: 'none',
  checklist: ['itercompat-product'],
  names: [
    { old: 'django.utils.itercompat.product', advice: 'use `itertools.product`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from itertools import product
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.itercompat import product
        `,
        errors: [
          { line: 1, column: 37, message: '`django.utils.itercompat.product` is deprecated since Django 1.5 and removed in 1.7: use `itertools.product`' },
        ],
      },
    ],
  },
});
