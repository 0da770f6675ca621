import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'postgres-ci-fields',
  title: '`CICharField`/`CIEmailField`/`CITextField` → `db_collation`',
  category: 'models',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  notIn: ['migrations'],
  docs: {
    what: 'Finds the `citext` fields of `django.contrib.postgres.fields` outside migrations.',
    why: 'Django 4.2 deprecated them in favour of case-insensitive collations; Django 5.1 keeps them only for historical migrations, and models that use them fail the system checks.',
    fixSafety: 'No automatic fix: create a case-insensitive non-deterministic collation in a migration (`CreateCollation`) and use `CharField`/`EmailField`/`TextField(db_collation=…)`; the migration also changes the column type.',
  },
  fix: 'none',
  checklist: ['postgres-cicharfield', 'postgres-ciemailfield', 'postgres-citextfield'],
  truth: {
    replacements: ['django.contrib.postgres.operations.CreateCollation'],
    note: 'the citext fields stay importable as stubs for historical migrations (system_check_removed_details since 5.1)',
  },
  names: [['CICharField', 'CharField'], ['CIEmailField', 'EmailField'], ['CITextField', 'TextField']].flatMap(([name, base]) =>
    ['django.contrib.postgres.fields', 'django.contrib.postgres.fields.citext'].map((module) => ({
      old: `${module}.${name}`,
      subject: `\`${name}\``,
      advice: `use \`${base}(db_collation=…)\` with a case-insensitive collation (\`CreateCollation\` in a migration)`,
    }))),
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class Tag(models.Model):
              name = models.CharField(max_length=50, db_collation="case_insensitive")
        `,
        filename: 'tags/models.py',
      },
      {
        code: dedent`
          import django.contrib.postgres.fields.citext
          from django.contrib.postgres.fields import CICharField
        `,
        filename: 'tags/migrations/0001_initial.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.fields import CICharField
          from django.db import models

          class Tag(models.Model):
              name = CICharField(max_length=50)
        `,
        filename: 'tags/models.py',
        errors: [
          { line: 1, column: 44, message: '`CICharField` is deprecated since Django 4.2 and removed in 5.1: use `CharField(db_collation=…)` with a case-insensitive collation (`CreateCollation` in a migration)' },
          { line: 5, column: 12, message: '`CICharField` is deprecated since Django 4.2 and removed in 5.1: use `CharField(db_collation=…)` with a case-insensitive collation (`CreateCollation` in a migration)' },
        ],
      },
    ],
  },
});
