import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'functional-memoize',
  title: '`django.utils.functional.memoize` → `functools.lru_cache`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `django.utils.functional.memoize`.',
    why: 'Django 1.7 deprecated `memoize()` for `functools.lru_cache`; Django 1.9 removed it.',
  },
  fix: 'none',
  checklist: ['functional-memoize'],
  names: [
    { old: 'django.utils.functional.memoize', advice: 'use `functools.lru_cache` (on Python 2, a dict of your own)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from functools import lru_cache
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.functional import memoize

          cached = memoize(lookup, {}, 1)
        `,
        errors: [
          { line: 1, column: 37, message: '`django.utils.functional.memoize` is deprecated since Django 1.7 and removed in 1.9: use `functools.lru_cache` (on Python 2, a dict of your own)' },
          { line: 3, column: 10, message: '`django.utils.functional.memoize` is deprecated since Django 1.7 and removed in 1.9: use `functools.lru_cache` (on Python 2, a dict of your own)' },
        ],
      },
    ],
  },
});
