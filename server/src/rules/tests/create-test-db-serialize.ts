import { callArguments, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'create-test-db-serialize',
  title: '`create_test_db(serialize=…)` → `serialize_db_to_string()`',
  category: 'tests',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds `serialize=` passed to `create_test_db()` (`connection.creation.create_test_db(…)`).',
    why: 'Django 6.0 deprecated the argument: serialization is a separate step.',
    fixSafety: 'No automatic fix: drop the argument and call `connection.creation.serialize_db_to_string()` where the serialized data is needed.',
  },
  fix: 'none',
  checklist: ['create-test-db-serialize'],
  truth: { replacements: ['django.db.backends.base.creation.BaseDatabaseCreation.serialize_db_to_string'], note: 'deprecated in 6.0 (RemovedInDjango2028Warning); no removal release to check yet' },
  triggers: ['create_test_db'],
  check(context) {
    for (const { call } of methodCalls(context, ['create_test_db'])) {
      const argument = callArguments(call).keywords.get('serialize');
      if (argument) context.report({ node: argument, subject: '`create_test_db(serialize=…)`', advice: 'remove it; call `serialize_db_to_string()` when needed' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import connection

          connection.creation.create_test_db(verbosity=0)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import connection

          connection.creation.create_test_db(verbosity=0, serialize=False)
        `,
        errors: [
          { line: 3, column: 49, message: '`create_test_db(serialize=…)` is deprecated since Django 6.0: remove it; call `serialize_db_to_string()` when needed' },
        ],
      },
    ],
  },
});
