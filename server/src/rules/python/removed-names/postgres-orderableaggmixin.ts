import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'postgres-orderableaggmixin',
  title: '`OrderableAggMixin` → `Aggregate` with `allow_order_by = True`',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  docsUrl: deprecationNotes('6.0'),
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
    valid: [{ code: 'from django.db.models import Aggregate\n\nclass GroupConcat(Aggregate):\n    allow_order_by = True\n' }],
    invalid: [
      {
        code: 'from django.contrib.postgres.aggregates.mixins import OrderableAggMixin\nfrom django.db.models import Aggregate\n\nclass GroupConcat(OrderableAggMixin, Aggregate):\n    pass\n',
        findings: 2,
      },
    ],
  },
});
