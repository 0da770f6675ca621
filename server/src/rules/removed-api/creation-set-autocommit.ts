import { receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'creation-set-autocommit',
  title: '`connection.creation.set_autocommit()` → remove it',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds `set_autocommit()` called on a connection\'s `creation` object (`connection.creation.set_autocommit()`) or overridden in a subclass of `BaseDatabaseCreation`; not the connection\'s own `set_autocommit(True|False)`.',
    why: 'The test database creation switched the connection to autocommit through this private method; Django 1.6 made autocommit the default and deprecated it, and Django 1.8 removed it, so the call raises `AttributeError`.',
    fixSafety: 'No fix: connections are in autocommit mode since Django 1.6; where the code needs it explicitly, `connection.set_autocommit(True)` (public from 1.6) says so.',
  },
  fix: 'none',
  checklist: ['creation-set-autocommit'],
  truth: { removed: ['django.db.backends.creation.BaseDatabaseCreation.set_autocommit'], replacements: ['django.db.transaction.set_autocommit'] },
  classes: ['django.db.backends.creation.BaseDatabaseCreation', 'django.db.backends.base.creation.BaseDatabaseCreation'],
  receiver: receiverNamed('creation'),
  methods: [{ name: 'set_autocommit', subject: '`BaseDatabaseCreation.set_autocommit()`', advice: 'remove it (connections are in autocommit mode since Django 1.6), or call `connection.set_autocommit(True)`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import connection

          connection.set_autocommit(True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import connections

          def prepare(alias):
              connections[alias].creation.set_autocommit()
        `,
        errors: [
          { line: 4, column: 5, message: '`BaseDatabaseCreation.set_autocommit()` is deprecated since Django 1.6 and removed in 1.8: remove it (connections are in autocommit mode since Django 1.6), or call `connection.set_autocommit(True)`' },
        ],
      },
    ],
  },
});
