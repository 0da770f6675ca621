import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'sql-where-constraint',
  title: '`django.db.models.sql.where.Constraint` → custom lookups',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `django.db.models.sql.where.Constraint`.',
    why: 'Django 1.7 introduced custom lookups and deprecated the private `Constraint`; Django 1.9 removed it.',
  },
  fix: 'none',
  checklist: ['where-constraint'],
  names: [
    { old: 'django.db.models.sql.where.Constraint', advice: 'write a custom `Lookup` (Django 1.7\'s lookup API)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import Lookup
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.sql.where import Constraint, WhereNode
        `,
        errors: [
          { line: 1, column: 40, message: '`django.db.models.sql.where.Constraint` is deprecated since Django 1.7 and removed in 1.9: write a custom `Lookup` (Django 1.7\'s lookup API)' },
        ],
      },
    ],
  },
});
