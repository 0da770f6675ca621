import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'db-models-sql-aggregates',
  title: 'Private `sql.aggregates` modules → the aggregates and expressions API',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds imports of the private modules `django.db.models.sql.aggregates` and `django.contrib.gis.db.models.sql.aggregates`.',
    why:
      'Since Django 1.8 the aggregates in `django.db.models.aggregates` (and `django.contrib.gis.db.models.aggregates`) generate their own SQL, ' +
      'so the SQL-side aggregate classes went away: deprecated in 1.8, gone in 1.10. The GIS module was already dropped from the 1.8.14 and 1.9.8 patch releases.',
    fixSafety: 'No fix: a custom SQL aggregate has to be rewritten as an `Aggregate` subclass (its `function`/`template` attributes or `as_sql()`).',
  },
  fix: 'none',
  checklist: ['db-models-sql-aggregates', 'gis-db-models-sql-aggregates'],
  modules: [
    { module: 'django.db.models.sql.aggregates', advice: 'subclass `django.db.models.Aggregate` (`function`/`template`, or `as_sql()`) instead' },
    { module: 'django.contrib.gis.db.models.sql.aggregates', advice: 'use the aggregates of `django.contrib.gis.db.models` (`Collect`, `Extent`, `MakeLine`, `Union`…)' },
  ],
  truth: {
    removed: ['django.db.models.sql.aggregates'],
    replacements: ['django.db.models.aggregates.Aggregate', 'django.contrib.gis.db.models.aggregates.Collect'],
    note: 'django.contrib.gis.db.models.sql.aggregates is in 1.8.0–1.8.13 and 1.9.0–1.9.7 but not in the newest 1.8/1.9 releases the checker reads, so only its replacement is claimed',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import Aggregate
        `,
      },
      {
        code: dedent`
          from django.db.models.sql import Query
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.sql.aggregates import Aggregate
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.db.models.sql.aggregates` is deprecated since Django 1.8 and removed in 1.10: subclass `django.db.models.Aggregate` (`function`/`template`, or `as_sql()`) instead' },
        ],
      },
      {
        code: dedent`
          from django.db.models.sql import aggregates
          import django.contrib.gis.db.models.sql.aggregates
        `,
        errors: [
          { line: 1, column: 34, message: 'The module `django.db.models.sql.aggregates` is deprecated since Django 1.8 and removed in 1.10: subclass `django.db.models.Aggregate` (`function`/`template`, or `as_sql()`) instead' },
          { line: 2, column: 8, message: 'The module `django.contrib.gis.db.models.sql.aggregates` is deprecated since Django 1.8 and removed in 1.10: use the aggregates of `django.contrib.gis.db.models` (`Collect`, `Extent`, `MakeLine`, `Union`…)' },
        ],
      },
    ],
  },
});
