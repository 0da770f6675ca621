import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'queryset-paginator',
  title: '`QuerySetPaginator` → `Paginator`',
  category: 'removed-api',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  docs: {
    what: 'Finds `django.core.paginator.QuerySetPaginator`.',
    why: 'It was an alias of `Paginator`; Django 2.2 deprecated it and 3.1 removed it.',
    fixSafety: 'Safe: the same class.',
  },
  upstream: { djangoUpgrade: 'queryset_paginator' },
  fix: 'safe',
  checklist: ['querysetpaginator'],
  names: [{ old: 'django.core.paginator.QuerySetPaginator', replacement: 'django.core.paginator.Paginator' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.paginator import Paginator

          pages = Paginator(items, 20)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.paginator import QuerySetPaginator

          pages = QuerySetPaginator(items, 20)
        `,
        errors: [
          { line: 1, column: 35, message: '`django.core.paginator.QuerySetPaginator` is deprecated since Django 2.2 and removed in 3.1: use `django.core.paginator.Paginator`' },
          { line: 3, column: 9, message: '`django.core.paginator.QuerySetPaginator` is deprecated since Django 2.2 and removed in 3.1: use `django.core.paginator.Paginator`' },
        ],
        output: dedent`
          from django.core.paginator import Paginator

          pages = Paginator(items, 20)
        `,
      },
      {
        code: dedent`
          from django.core import paginator

          pages = paginator.QuerySetPaginator(items, 20)
        `,
        errors: [
          { line: 3, column: 9, message: '`django.core.paginator.QuerySetPaginator` is deprecated since Django 2.2 and removed in 3.1: use `django.core.paginator.Paginator`' },
        ],
        output: dedent`
          from django.core import paginator

          pages = paginator.Paginator(items, 20)
        `,
      },
    ],
  },
});
