import { releaseNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'transaction-savepoint',
  title: '`transaction.savepoint()` → `transaction.savepoint_create()`',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: null,
  docsUrl: releaseNotes('6.1', 'features-deprecated-in-6-1'),
  docs: {
    what: 'Finds `django.db.transaction.savepoint` (django-upgrade: `transaction_savepoint`).',
    why: 'Django 6.1 renamed it `savepoint_create()` and deprecated the old name.',
    fixSafety: 'Safe: the same function. Needs Django 6.1+.',
  },
  fix: 'safe',
  fixMinVersion: '6.1',
  truth: { note: 'Django 6.1 is not among the checked releases yet; savepoint exists in every checked one' },
  names: [{ old: 'django.db.transaction.savepoint', replacement: 'django.db.transaction.savepoint_create', subject: '`transaction.savepoint()`', advice: 'use `transaction.savepoint_create()`' }],
  examples: {
    valid: [{ code: 'from django.db import transaction\n\nsid = transaction.savepoint_create()\n' }],
    invalid: [
      {
        code: 'from django.db import transaction\n\nsid = transaction.savepoint()\ntransaction.savepoint_rollback(sid)\n',
        findings: 1,
        output: 'from django.db import transaction\n\nsid = transaction.savepoint_create()\ntransaction.savepoint_rollback(sid)\n',
      },
      {
        code: 'from django.db.transaction import savepoint\n\nsid = savepoint()\n',
        findings: 2,
        output: 'from django.db.transaction import savepoint_create\n\nsid = savepoint_create()\n',
      },
    ],
  },
});
