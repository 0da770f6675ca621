import { dedent, renamedKeywordRule } from '../shapes';

const aggregates = ['ArrayAgg', 'JSONBAgg', 'StringAgg'];

export default renamedKeywordRule({
  id: 'postgres-aggregate-order-by',
  title: '`ArrayAgg`/`JSONBAgg`/`StringAgg(ordering=…)` → `order_by=`',
  category: 'removed-api',
  deprecatedIn: '5.2',
  removedIn: '6.1',
  docs: {
    what: 'Finds the `ordering` argument of the PostgreSQL aggregates `ArrayAgg`, `JSONBAgg` and `StringAgg`.',
    why: 'Django 5.2 renamed it `order_by`, as on every aggregate; 6.1 removes `ordering`.',
    fixSafety: 'Safe: the same ordering. Needs Django 5.2+.',
  },
  upstream: { djangoUpgrade: 'postgres_aggregate_order_by' },
  fix: 'safe',
  fixMinVersion: '5.2',
  checklist: ['postgres-agg-ordering'],
  truth: { note: 'ordering= is read from **extra in 5.2, and 6.1 is not among the checked releases, so the signature claim cannot be made' },
  callables: aggregates.flatMap((name) => [`django.contrib.postgres.aggregates.${name}`, `django.contrib.postgres.aggregates.general.${name}`]),
  renames: { ordering: 'order_by' },
  display: 'ArrayAgg',
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.postgres.aggregates import ArrayAgg

          names = ArrayAgg("name", order_by="-name")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.aggregates import ArrayAgg, StringAgg

          names = ArrayAgg("name", ordering="-name")
          tags = StringAgg("tag", delimiter=",", ordering=("tag",))
        `,
        errors: [
          { line: 3, column: 26, message: '`ArrayAgg(ordering=…)` is deprecated since Django 5.2 and removed in 6.1: use `order_by=`' },
          { line: 4, column: 40, message: '`ArrayAgg(ordering=…)` is deprecated since Django 5.2 and removed in 6.1: use `order_by=`' },
        ],
        output: dedent`
          from django.contrib.postgres.aggregates import ArrayAgg, StringAgg

          names = ArrayAgg("name", order_by="-name")
          tags = StringAgg("tag", delimiter=",", order_by=("tag",))
        `,
      },
      {
        code: dedent`
          from django.contrib.postgres.aggregates import ArrayAgg
          from django.db import models


          class AuthorQuerySet(models.QuerySet):
              def with_titles(self):
                  return self.annotate(titles=ArrayAgg("books__title", ordering="-books__published"))
        `,
        errors: [
          { line: 7, column: 62, message: '`ArrayAgg(ordering=…)` is deprecated since Django 5.2 and removed in 6.1: use `order_by=`' },
        ],
        output: dedent`
          from django.contrib.postgres.aggregates import ArrayAgg
          from django.db import models


          class AuthorQuerySet(models.QuerySet):
              def with_titles(self):
                  return self.annotate(titles=ArrayAgg("books__title", order_by="-books__published"))
        `,
      },
    ],
  },
});
