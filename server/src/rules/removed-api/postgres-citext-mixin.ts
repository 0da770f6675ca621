import { dedent, movedNamesRule } from '../shapes';

const advice = 'use a case-insensitive database collation (`db_collation=`) on a `CharField`/`TextField`';

export default movedNamesRule({
  triggersInCode: true,
  id: 'postgres-citext-mixin',
  title: '`django.contrib.postgres.fields.CIText` mixin removed',
  category: 'removed-api',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docs: {
    what: 'Finds the `CIText` mixin from `django.contrib.postgres.fields` (or its `citext` module).',
    why: 'PostgreSQL discourages the `citext` extension in favour of nondeterministic collations; Django 4.2 deprecated the case-insensitive fields and their mixin, and 5.1 removed the mixin.',
    fixSafety: 'No fix: the column type changes, so it needs a migration that sets a case-insensitive collation.',
  },
  fix: 'none',
  checklist: ['postgres-citext-mixin'],
  names: [
    { old: 'django.contrib.postgres.fields.CIText', subject: '`CIText`', advice },
    { old: 'django.contrib.postgres.fields.citext.CIText', subject: '`CIText`', advice },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class Tag(models.Model):
              name = models.CharField(max_length=50, db_collation="case_insensitive")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.fields import CIText
          from django.db import models

          class CISlugField(CIText, models.SlugField):
              pass
        `,
        errors: [
          { line: 1, column: 44, message: '`CIText` is deprecated since Django 4.2 and removed in 5.1: use a case-insensitive database collation (`db_collation=`) on a `CharField`/`TextField`' },
          { line: 4, column: 19, message: '`CIText` is deprecated since Django 4.2 and removed in 5.1: use a case-insensitive database collation (`db_collation=`) on a `CharField`/`TextField`' },
        ],
      },
    ],
  },
});
