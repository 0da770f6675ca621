import { deprecationNotes } from '../../docs-links';
import { backendOperations, receiverNamed } from '../../../engine/python-queries';
import { removedMethodsRule } from '../../shapes';

export default removedMethodsRule({
  id: 'db-backend-field-cast-sql',
  title: '`DatabaseOperations.field_cast_sql()` → `lookup_cast()`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.0'),
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
    valid: [{ code: 'from django.db import connection\n\nconnection.ops.lookup_cast("exact", "CharField")\n' }],
    invalid: [
      {
        code: 'from django.db.backends.postgresql.operations import DatabaseOperations\n\nclass Ops(DatabaseOperations):\n    def field_cast_sql(self, db_type, internal_type):\n        return "%s::text"\n',
        findings: 1,
      },
      { code: 'from django.db import connection\n\nsql = connection.ops.field_cast_sql("varchar", "CharField")\n', findings: 1 },
    ],
  },
});
