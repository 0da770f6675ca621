import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'queryset-paginator',
  title: '`QuerySetPaginator` → `Paginator`',
  category: 'removed-api',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  docsUrl: deprecationNotes('2.2'),
  docs: {
    what: 'Finds `django.core.paginator.QuerySetPaginator` (django-upgrade: `queryset_paginator`).',
    why: 'It was an alias of `Paginator`; Django 2.2 deprecated it and 3.1 removed it.',
    fixSafety: 'Safe: the same class.',
  },
  fix: 'safe',
  checklist: ['querysetpaginator'],
  names: [{ old: 'django.core.paginator.QuerySetPaginator', replacement: 'django.core.paginator.Paginator' }],
  examples: {
    valid: [{ code: 'from django.core.paginator import Paginator\n\npages = Paginator(items, 20)\n' }],
    invalid: [
      {
        code: 'from django.core.paginator import QuerySetPaginator\n\npages = QuerySetPaginator(items, 20)\n',
        findings: 2,
        output: 'from django.core.paginator import Paginator\n\npages = Paginator(items, 20)\n',
      },
      {
        code: 'from django.core import paginator\n\npages = paginator.QuerySetPaginator(items, 20)\n',
        findings: 1,
        output: 'from django.core import paginator\n\npages = paginator.Paginator(items, 20)\n',
      },
    ],
  },
});
