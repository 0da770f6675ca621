import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'transaction-legacy-api',
  title: 'Django 1.5\'s transaction management → `transaction.atomic`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports and uses of `django.db.transaction.autocommit`, `commit_on_success`, `commit_manually`, `commit_unless_managed`, `rollback_unless_managed`, `is_managed` and `managed`.',
    why: 'Django 1.6 replaced transaction management with autocommit and `atomic()`; Django 1.8 removed the old API.',
  },
  fix: 'none',
  checklist: ['transaction-autocommit', 'transaction-commit-on-success', 'transaction-commit-manually', 'transaction-commit-unless-managed', 'transaction-rollback-unless-managed', 'transaction-is-managed', 'transaction-managed'],
  names: [
    { old: 'django.db.transaction.commit_on_success', advice: 'use `transaction.atomic`' },
    { old: 'django.db.transaction.commit_manually', advice: 'use `transaction.atomic`, or `set_autocommit(False)` with explicit `commit()`/`rollback()`' },
    { old: 'django.db.transaction.autocommit', advice: 'delete it: autocommit is the default from Django 1.6' },
    { old: 'django.db.transaction.commit_unless_managed', advice: 'delete it: autocommit is the default from Django 1.6' },
    { old: 'django.db.transaction.rollback_unless_managed', advice: 'delete it: autocommit is the default from Django 1.6' },
    { old: 'django.db.transaction.is_managed', advice: 'use `transaction.get_autocommit()`' },
    { old: 'django.db.transaction.managed', advice: 'use `transaction.set_autocommit()`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import transaction

          @transaction.atomic
          def save_order(order):
              order.save()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import transaction

          @transaction.commit_on_success
          def save_order(order):
              order.save()
        `,
        errors: [
          { line: 3, column: 2, message: '`django.db.transaction.commit_on_success` is deprecated since Django 1.6 and removed in 1.8: use `transaction.atomic`' },
        ],
      },
      {
        code: dedent`
          from django.db.transaction import commit_manually, commit_unless_managed
        `,
        errors: [
          { line: 1, column: 35, message: '`django.db.transaction.commit_manually` is deprecated since Django 1.6 and removed in 1.8: use `transaction.atomic`, or `set_autocommit(False)` with explicit `commit()`/`rollback()`' },
          { line: 1, column: 52, message: '`django.db.transaction.commit_unless_managed` is deprecated since Django 1.6 and removed in 1.8: delete it: autocommit is the default from Django 1.6' },
        ],
      },
    ],
  },
});
