import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

const names = ['BitAnd', 'BitOr', 'BitXor'];

export default movedNamesRule({
  triggersInCode: true,
  id: 'postgres-bit-aggregates',
  title: '`django.contrib.postgres` `BitAnd`/`BitOr`/`BitXor` → `django.db.models`',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: null,
  docsUrl: releaseNotes('6.1', 'features-deprecated-in-6-1'),
  docs: {
    what: 'Finds `BitAnd`, `BitOr` and `BitXor` imported from `django.contrib.postgres.aggregates`.',
    why: 'Django 6.1 added database-agnostic versions to `django.db.models` and deprecated the PostgreSQL ones.',
    fixSafety: 'Safe on PostgreSQL: the same SQL. Needs Django 6.1+.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '6.1',
  truth: { note: 'Django 6.1 is not in the checked releases yet (django.db.models.BitAnd appears there)' },
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: names.flatMap((name) => [
    { old: `django.contrib.postgres.aggregates.${name}`, replacement: `django.db.models.${name}` },
    { old: `django.contrib.postgres.aggregates.general.${name}`, replacement: `django.db.models.${name}` },
  ]),
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import BitAnd
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.aggregates import ArrayAgg, BitOr, BitAnd
        `,
        errors: [
          { line: 1, column: 58, message: '`django.contrib.postgres.aggregates.BitOr` is deprecated since Django 6.1: use `django.db.models.BitOr`' },
          { line: 1, column: 65, message: '`django.contrib.postgres.aggregates.BitAnd` is deprecated since Django 6.1: use `django.db.models.BitAnd`' },
        ],
        output: dedent`
          from django.db.models import BitAnd, BitOr
          from django.contrib.postgres.aggregates import ArrayAgg
        `,
      },
      {
        code: dedent`
          from django.contrib.postgres.aggregates import BitAnd


          def common_bits(queryset):
              return queryset.aggregate(common=BitAnd("bits"))
        `,
        errors: [
          { line: 1, column: 48, message: '`django.contrib.postgres.aggregates.BitAnd` is deprecated since Django 6.1: use `django.db.models.BitAnd`' },
          { line: 5, column: 38, message: '`django.contrib.postgres.aggregates.BitAnd` is deprecated since Django 6.1: use `django.db.models.BitAnd`' },
        ],
        output: dedent`
          from django.db.models import BitAnd


          def common_bits(queryset):
              return queryset.aggregate(common=BitAnd("bits"))
        `,
      },
    ],
  },
});
