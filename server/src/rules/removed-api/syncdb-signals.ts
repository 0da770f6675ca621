import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'syncdb-signals',
  title: '`pre_syncdb` / `post_syncdb` → `pre_migrate` / `post_migrate`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `django.db.models.signals.pre_syncdb` and `post_syncdb`.',
    why: 'Django 1.7 replaced `syncdb` with migrations and its signals with `pre_migrate`/`post_migrate`, which send an `AppConfig`; Django 1.9 removed the old signals.',
  },
  fix: 'none',
  checklist: ['pre-syncdb-signal', 'post-syncdb-signal'],
  names: [
    { old: 'django.db.models.signals.pre_syncdb', advice: 'connect to `pre_migrate` (its `sender` is an `AppConfig`, not a models module)' },
    { old: 'django.db.models.signals.post_syncdb', advice: 'connect to `post_migrate` (its `sender` is an `AppConfig`, not a models module)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models.signals import post_migrate
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.signals import post_syncdb

          post_syncdb.connect(create_defaults)
        `,
        errors: [
          { line: 1, column: 38, message: '`django.db.models.signals.post_syncdb` is deprecated since Django 1.7 and removed in 1.9: connect to `post_migrate` (its `sender` is an `AppConfig`, not a models module)' },
          { line: 3, column: 1, message: '`django.db.models.signals.post_syncdb` is deprecated since Django 1.7 and removed in 1.9: connect to `post_migrate` (its `sender` is an `AppConfig`, not a models module)' },
        ],
      },
      {
        code: dedent`
          from django.db.models import signals

          signals.pre_syncdb.connect(prepare)
        `,
        errors: [
          { line: 3, column: 1, message: '`django.db.models.signals.pre_syncdb` is deprecated since Django 1.7 and removed in 1.9: connect to `pre_migrate` (its `sender` is an `AppConfig`, not a models module)' },
        ],
      },
    ],
  },
});
