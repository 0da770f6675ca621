import { receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'prefetch-get-current-queryset',
  title: '`Prefetch.get_current_queryset()` → `get_current_querysets()`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docs: {
    what: 'Finds `get_current_queryset()` overridden in, or called on `self` in, a `Prefetch` subclass, or called on a `Prefetch(...)` the file creates or on `prefetch`.',
    why: 'Django 5.0 let a prefetch hold several querysets (for `GenericPrefetch`), adding `get_current_querysets(level)`; the singular method was deprecated and Django 6.0 removed it.',
    fixSafety: 'No fix: `get_current_querysets()` returns a list (`[queryset]`) or `None`.',
  },
  fix: 'none',
  checklist: ['prefetch-get-current-queryset'],
  classes: ['django.db.models.Prefetch', 'django.db.models.query.Prefetch', 'django.contrib.contenttypes.prefetch.GenericPrefetch'],
  receiver: receiverNamed('prefetch'),
  methods: [{ name: 'get_current_queryset', subject: '`Prefetch.get_current_queryset()`', advice: 'use `get_current_querysets(level)`, which returns a list of querysets or `None`' }],
  truth: { removed: ['django.db.models.query.Prefetch.get_current_queryset'], replacements: ['django.db.models.query.Prefetch.get_current_querysets'] },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import Prefetch

          class Recent(Prefetch):
              def get_current_querysets(self, level):
                  return super().get_current_querysets(level)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models import Prefetch

          class Recent(Prefetch):
              def get_current_queryset(self, level):
                  return super().get_current_queryset(level)
        `,
        errors: [
          { line: 4, column: 9, message: '`Prefetch.get_current_queryset()`, overridden here, is deprecated since Django 5.0 and removed in 6.0: use `get_current_querysets(level)`, which returns a list of querysets or `None`' },
          { line: 5, column: 16, message: '`Prefetch.get_current_queryset()` is deprecated since Django 5.0 and removed in 6.0: use `get_current_querysets(level)`, which returns a list of querysets or `None`' },
        ],
      },
    ],
  },
});
