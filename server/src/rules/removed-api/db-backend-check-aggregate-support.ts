import { backendOperations, receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'db-backend-check-aggregate-support',
  title: '`DatabaseOperations.check_aggregate_support()` → `check_expression_support()`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
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
    valid: [
      {
        code: dedent`
          from django.db.backends.sqlite3.operations import DatabaseOperations

          class Ops(DatabaseOperations):
              def check_expression_support(self, expression):
                  pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.backends.sqlite3.operations import DatabaseOperations

          class Ops(DatabaseOperations):
              def check_aggregate_support(self, aggregate):
                  pass
        `,
        errors: [
          { line: 4, column: 9, message: '`DatabaseOperations.check_aggregate_support()`, overridden here, is deprecated since Django 1.9 and removed in 2.0: implement `check_expression_support(expression)` instead' },
        ],
      },
      {
        code: dedent`
          from django.db import connection

          connection.ops.check_aggregate_support(aggregate)
        `,
        errors: [
          { line: 3, column: 1, message: '`DatabaseOperations.check_aggregate_support()` is deprecated since Django 1.9 and removed in 2.0: implement `check_expression_support(expression)` instead' },
        ],
      },
    ],
  },
});
