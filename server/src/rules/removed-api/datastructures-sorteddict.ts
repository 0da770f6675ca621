import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'datastructures-sorteddict',
  title: '`SortedDict` → `collections.OrderedDict`; `MergeDict`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `django.utils.datastructures.SortedDict` and `MergeDict`.',
    why: 'Django 1.7 dropped Python 2.6 and deprecated `SortedDict` for `collections.OrderedDict` and the unused `MergeDict`; Django 1.9 removed them.',
  },
  fix: 'none',
  checklist: ['sorteddict', 'mergedict'],
  names: [
    { old: 'django.utils.datastructures.SortedDict', advice: 'use `collections.OrderedDict` (it has no `insert()`, `value_for_index()` or `keyOrder`)' },
    { old: 'django.utils.datastructures.MergeDict', advice: 'merge into a new `dict` with `dict.update()` (or use `collections.ChainMap`)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from collections import OrderedDict
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.datastructures import SortedDict

          fields = SortedDict()
        `,
        errors: [
          { line: 1, column: 41, message: '`django.utils.datastructures.SortedDict` is deprecated since Django 1.7 and removed in 1.9: use `collections.OrderedDict` (it has no `insert()`, `value_for_index()` or `keyOrder`)' },
          { line: 3, column: 10, message: '`django.utils.datastructures.SortedDict` is deprecated since Django 1.7 and removed in 1.9: use `collections.OrderedDict` (it has no `insert()`, `value_for_index()` or `keyOrder`)' },
        ],
      },
      {
        code: dedent`
          from django.utils import datastructures

          merged = datastructures.MergeDict(a, b)
        `,
        errors: [
          { line: 3, column: 10, message: '`django.utils.datastructures.MergeDict` is deprecated since Django 1.7 and removed in 1.9: merge into a new `dict` with `dict.update()` (or use `collections.ChainMap`)' },
        ],
      },
    ],
  },
});
