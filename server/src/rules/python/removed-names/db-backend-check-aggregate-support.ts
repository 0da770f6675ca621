import { deprecationNotes } from '../../docs-links';
import { backendOperations, receiverNamed } from '../../../engine/python-queries';
import { removedMethodsRule } from '../../shapes';

export default removedMethodsRule({
  id: 'db-backend-check-aggregate-support',
  title: '`DatabaseOperations.check_aggregate_support()` → `check_expression_support()`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `check_aggregate_support()` overridden in a database backend\'s `DatabaseOperations` subclass, or called on `connection.ops`.',
    why: 'Django 1.9 replaced the aggregate-only hook with `check_expression_support(expression)`, which Django calls for every expression; Django 2.0 removed the old hook, so an override stops being called.',
    fixSafety: 'No fix: the new hook receives every expression, not only aggregates, so the override has to test what it receives.',
  },
  fix: 'none',
  checklist: ['check-aggregate-support'],
  classes: backendOperations,
  receiver: receiverNamed('ops'),
  methods: [{ name: 'check_aggregate_support', subject: '`DatabaseOperations.check_aggregate_support()`', advice: 'implement `check_expression_support(expression)` instead' }],
  truth: {
    removed: ['django.db.backends.base.operations.BaseDatabaseOperations.check_aggregate_support'],
    replacements: ['django.db.backends.base.operations.BaseDatabaseOperations.check_expression_support'],
  },
  examples: {
    valid: [{ code: 'from django.db.backends.sqlite3.operations import DatabaseOperations\n\nclass Ops(DatabaseOperations):\n    def check_expression_support(self, expression):\n        pass\n' }],
    invalid: [
      {
        code: 'from django.db.backends.sqlite3.operations import DatabaseOperations\n\nclass Ops(DatabaseOperations):\n    def check_aggregate_support(self, aggregate):\n        pass\n',
        findings: 1,
      },
      { code: 'from django.db import connection\n\nconnection.ops.check_aggregate_support(aggregate)\n', findings: 1 },
    ],
  },
});
