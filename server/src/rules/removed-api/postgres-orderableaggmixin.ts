import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'postgres-orderableaggmixin',
  title: '`OrderableAggMixin` → `Aggregate` with `allow_order_by = True`',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds `django.contrib.postgres.aggregates.mixins.OrderableAggMixin`.',
    why:
      'Django 6.0 lets any aggregate accept `order_by` when it sets `allow_order_by = True`, and deprecated the PostgreSQL mixin; its warning class ' +
      '(`RemovedInDjango2028Warning`, also named `RemovedInDjango70Warning`) schedules the removal for Django 7.0.',
    fixSafety: 'No fix: drop the mixin from the bases and set `allow_order_by = True` on the aggregate class.',
  },
  fix: 'none',
  checklist: ['postgres-orderableaggmixin'],
  names: [
    {
      old: 'django.contrib.postgres.aggregates.mixins.OrderableAggMixin',
      subject: '`OrderableAggMixin`',
      advice: 'subclass `django.db.models.Aggregate` and set `allow_order_by = True`',
    },
  ],
  truth: {
    removed: ['django.contrib.postgres.aggregates.mixins.OrderableAggMixin'],
    replacements: ['django.db.models.aggregates.Aggregate.allow_order_by'],
    note: 'deprecated in 6.0 with no removal release the checker can read yet',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import Aggregate

          class GroupConcat(Aggregate):
              allow_order_by = True
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.aggregates.mixins import OrderableAggMixin
          from django.db.models import Aggregate

          class GroupConcat(OrderableAggMixin, Aggregate):
              pass
        `,
        errors: [
          { line: 1, column: 55, message: '`OrderableAggMixin` is deprecated since Django 6.0: subclass `django.db.models.Aggregate` and set `allow_order_by = True`' },
          { line: 4, column: 19, message: '`OrderableAggMixin` is deprecated since Django 6.0: subclass `django.db.models.Aggregate` and set `allow_order_by = True`' },
        ],
      },
    ],
  },
});
