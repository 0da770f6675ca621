import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'db-close-connection',
  title: '`django.db.close_connection()` and `django.db.backend`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports and uses of `django.db.close_connection` and `django.db.backend`.',
    why: 'Django 1.6 deprecated the single-database leftovers `close_connection()` (use `connection.close()`) and the private `django.db.backend`; Django 1.8 removed them.',
  },
  fix: 'none',
  checklist: ['db-close-connection', 'db-backend-private'],
  names: [
    { old: 'django.db.close_connection', advice: 'use `connection.close()` (or `close_old_connections()`)' },
    { old: 'django.db.backend', advice: 'use `connection.ops` / `connection.features` of `django.db.connection`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import connection

          connection.close()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import close_connection

          close_connection()
        `,
        errors: [
          { line: 1, column: 23, message: '`django.db.close_connection` is deprecated since Django 1.6 and removed in 1.8: use `connection.close()` (or `close_old_connections()`)' },
          { line: 3, column: 1, message: '`django.db.close_connection` is deprecated since Django 1.6 and removed in 1.8: use `connection.close()` (or `close_old_connections()`)' },
        ],
      },
      {
        code: dedent`
          from django import db

          db.close_connection()
        `,
        errors: [
          { line: 3, column: 1, message: '`django.db.close_connection` is deprecated since Django 1.6 and removed in 1.8: use `connection.close()` (or `close_old_connections()`)' },
        ],
      },
    ],
  },
});
