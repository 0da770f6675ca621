import { receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'db-introspection-get-indexes',
  title: '`DatabaseIntrospection.get_indexes()` → `get_constraints()`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds `get_indexes()` called on `connection.introspection`, or overridden in a backend\'s `DatabaseIntrospection` subclass.',
    why: 'Django 1.11 deprecated the method in favour of `get_constraints()`, which also reports multi-column and named indexes; Django 2.1 removed it.',
    fixSafety: 'No fix: `get_constraints()` returns a different structure (constraint name → details), so the caller needs rewriting.',
  },
  fix: 'none',
  checklist: ['introspection-get-indexes'],
  classes: [/^django\.(contrib\.gis\.)?db\.backends\.[\w.]*Introspection$/],
  receiver: receiverNamed('introspection'),
  methods: [{ name: 'get_indexes', subject: '`DatabaseIntrospection.get_indexes()`', advice: 'use `get_constraints(cursor, table_name)` and read its `index`/`columns` entries' }],
  truth: {
    removed: ['django.db.backends.base.introspection.BaseDatabaseIntrospection.get_indexes'],
    replacements: ['django.db.backends.base.introspection.BaseDatabaseIntrospection.get_constraints'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import connection

          with connection.cursor() as cursor:
              constraints = connection.introspection.get_constraints(cursor, "app_book")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import connection

          with connection.cursor() as cursor:
              indexes = connection.introspection.get_indexes(cursor, "app_book")
        `,
        errors: [
          { line: 4, column: 15, message: '`DatabaseIntrospection.get_indexes()` is deprecated since Django 1.11 and removed in 2.1: use `get_constraints(cursor, table_name)` and read its `index`/`columns` entries' },
        ],
      },
    ],
  },
});
