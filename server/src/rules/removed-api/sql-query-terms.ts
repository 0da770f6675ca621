import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'sql-query-terms',
  title: '`django.db.models.sql.constants.QUERY_TERMS` → `get_lookups()`',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '2.1',
  docs: {
    what: 'Finds imports and uses of `django.db.models.sql.constants.QUERY_TERMS`.',
    why: 'The fixed set of lookup names stopped being true when Django 1.7 added custom lookups; Django 2.1 removed it without a deprecation period.',
  },
  fix: 'none',
  names: [
    { old: 'django.db.models.sql.constants.QUERY_TERMS', advice: 'ask the field for its lookups: `field.get_lookups()`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models.constants import LOOKUP_SEP
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.sql.constants import QUERY_TERMS

          if lookup in QUERY_TERMS:
              pass
        `,
        errors: [
          { line: 1, column: 44, message: '`django.db.models.sql.constants.QUERY_TERMS` was removed in Django 2.1 without a deprecation period: ask the field for its lookups: `field.get_lookups()`' },
          { line: 3, column: 14, message: '`django.db.models.sql.constants.QUERY_TERMS` was removed in Django 2.1 without a deprecation period: ask the field for its lookups: `field.get_lookups()`' },
        ],
      },
    ],
  },
});
