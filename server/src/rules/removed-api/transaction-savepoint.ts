import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'transaction-savepoint',
  title: '`transaction.savepoint()` → `transaction.savepoint_create()`',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: null,
  docsUrl: releaseNotes('6.1', 'features-deprecated-in-6-1'),
  docs: {
    what: 'Finds `django.db.transaction.savepoint`.',
    why: 'Django 6.1 renamed it `savepoint_create()` and deprecated the old name.',
    fixSafety: 'Safe: the same function. Needs Django 6.1+.',
  },
  upstream: { djangoUpgrade: 'transaction_savepoint' },
  fix: 'safe',
  fixMinVersion: '6.1',
  truth: { note: 'Django 6.1 is not among the checked releases yet; savepoint exists in every checked one' },
  names: [{ old: 'django.db.transaction.savepoint', replacement: 'django.db.transaction.savepoint_create', subject: '`transaction.savepoint()`', advice: 'use `transaction.savepoint_create()`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import transaction

          sid = transaction.savepoint_create()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import transaction

          sid = transaction.savepoint()
          transaction.savepoint_rollback(sid)
        `,
        errors: [
          { line: 3, column: 7, message: '`transaction.savepoint()` is deprecated since Django 6.1: use `transaction.savepoint_create()`' },
        ],
        output: dedent`
          from django.db import transaction

          sid = transaction.savepoint_create()
          transaction.savepoint_rollback(sid)
        `,
      },
      {
        code: dedent`
          from django.db.transaction import savepoint

          sid = savepoint()
        `,
        errors: [
          { line: 1, column: 35, message: '`transaction.savepoint()` is deprecated since Django 6.1: use `transaction.savepoint_create()`' },
          { line: 3, column: 7, message: '`transaction.savepoint()` is deprecated since Django 6.1: use `transaction.savepoint_create()`' },
        ],
        output: dedent`
          from django.db.transaction import savepoint_create

          sid = savepoint_create()
        `,
      },
    ],
  },
});
