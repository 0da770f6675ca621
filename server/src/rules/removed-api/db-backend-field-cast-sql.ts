import { backendOperations, receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'db-backend-field-cast-sql',
  title: '`DatabaseOperations.field_cast_sql()` → `lookup_cast()`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docs: {
    what: 'Finds `field_cast_sql()` overridden in a database backend\'s `DatabaseOperations` subclass, or called on `connection.ops`.',
    why: 'Django 5.0 folded the cast of the left-hand side into `lookup_cast(lookup_type, internal_type)`; Django 6.0 removed `field_cast_sql()`, so an override stops being called.',
    fixSafety: 'No fix: the two hooks take different arguments and `lookup_cast()` returns the whole pattern.',
  },
  fix: 'none',
  checklist: ['field-cast-sql'],
  classes: backendOperations,
  receiver: receiverNamed('ops'),
  methods: [{ name: 'field_cast_sql', subject: '`DatabaseOperations.field_cast_sql()`', advice: 'move the cast into `lookup_cast(lookup_type, internal_type)`' }],
  truth: {
    removed: ['django.db.backends.base.operations.BaseDatabaseOperations.field_cast_sql'],
    replacements: ['django.db.backends.base.operations.BaseDatabaseOperations.lookup_cast'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import connection

          connection.ops.lookup_cast("exact", "CharField")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.backends.postgresql.operations import DatabaseOperations

          class Ops(DatabaseOperations):
              def field_cast_sql(self, db_type, internal_type):
                  return "%s::text"
        `,
        errors: [
          { line: 4, column: 9, message: '`DatabaseOperations.field_cast_sql()`, overridden here, is deprecated since Django 5.0 and removed in 6.0: move the cast into `lookup_cast(lookup_type, internal_type)`' },
        ],
      },
      {
        code: dedent`
          from django.db import connection

          sql = connection.ops.field_cast_sql("varchar", "CharField")
        `,
        errors: [
          { line: 3, column: 7, message: '`DatabaseOperations.field_cast_sql()` is deprecated since Django 5.0 and removed in 6.0: move the cast into `lookup_cast(lookup_type, internal_type)`' },
        ],
      },
    ],
  },
});
