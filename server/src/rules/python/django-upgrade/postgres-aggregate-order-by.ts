import { deprecationNotes } from '../../docs-links';
import { renamedKeywordRule } from '../../shapes';

const aggregates = ['ArrayAgg', 'JSONBAgg', 'StringAgg'];

export default renamedKeywordRule({
  id: 'postgres-aggregate-order-by',
  title: '`ArrayAgg`/`JSONBAgg`/`StringAgg(ordering=…)` → `order_by=`',
  category: 'removed-api',
  deprecatedIn: '5.2',
  removedIn: '6.1',
  docsUrl: deprecationNotes('5.2'),
  docs: {
    what: 'Finds the `ordering` argument of the PostgreSQL aggregates `ArrayAgg`, `JSONBAgg` and `StringAgg` (django-upgrade: `postgres_aggregate_order_by`).',
    why: 'Django 5.2 renamed it `order_by`, as on every aggregate; 6.1 removes `ordering`.',
    fixSafety: 'Safe: the same ordering. Needs Django 5.2+.',
  },
  fix: 'safe',
  fixMinVersion: '5.2',
  checklist: ['postgres-agg-ordering'],
  truth: { note: 'ordering= is read from **extra in 5.2, and 6.1 is not among the checked releases, so the signature claim cannot be made' },
  callables: aggregates.flatMap((name) => [`django.contrib.postgres.aggregates.${name}`, `django.contrib.postgres.aggregates.general.${name}`]),
  renames: { ordering: 'order_by' },
  display: 'ArrayAgg',
  examples: {
    valid: [{ code: 'from django.contrib.postgres.aggregates import ArrayAgg\n\nnames = ArrayAgg("name", order_by="-name")\n' }],
    invalid: [{
      code: 'from django.contrib.postgres.aggregates import ArrayAgg, StringAgg\n\nnames = ArrayAgg("name", ordering="-name")\ntags = StringAgg("tag", delimiter=",", ordering=("tag",))\n',
      findings: 2,
      output: 'from django.contrib.postgres.aggregates import ArrayAgg, StringAgg\n\nnames = ArrayAgg("name", order_by="-name")\ntags = StringAgg("tag", delimiter=",", order_by=("tag",))\n',
    }],
  },
});
