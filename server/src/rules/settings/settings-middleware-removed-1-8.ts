import { dedent } from '../shapes';
import { PathString, pathStringsRule } from '../shapes/django-paths';

/** The middleware paths Django 1.8 removed, what replaces each, and the new path when there is one. */
const middleware: PathString[] = [
  { old: 'django.middleware.transaction.TransactionMiddleware', advice: 'set `"ATOMIC_REQUESTS": True` in the `DATABASES` entries and remove it' },
  { old: 'django.middleware.doc.XViewMiddleware', advice: 'use `django.contrib.admindocs.middleware.XViewMiddleware`', replacement: 'django.contrib.admindocs.middleware.XViewMiddleware', fixTitle: 'Use the admindocs middleware' },
];

export default pathStringsRule({
  id: 'settings-middleware-removed-1-8',
  title: '`TransactionMiddleware` → `ATOMIC_REQUESTS`; `django.middleware.doc.XViewMiddleware` → admindocs',
  category: 'settings',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds the dotted paths `django.middleware.transaction.TransactionMiddleware` and `django.middleware.doc.XViewMiddleware` (in the middleware settings, or anywhere a string names them).',
    why: 'Django 1.6 replaced the transaction middleware with `ATOMIC_REQUESTS` and moved `XViewMiddleware` to `django.contrib.admindocs`; Django 1.8 removed both modules, so loading the middleware fails at start-up.',
    fixSafety: 'Safe for `XViewMiddleware`: the string names the same class at its new path (Django 1.6+). The transaction middleware is replaced by a database setting, by hand.',
  },
  fix: 'safe',
  fixMinVersion: '1.6',
  checklist: ['transaction-middleware', 'xview-middleware-doc'],
  truth: {
    removed: middleware.map((m) => m.old),
    replacements: ['django.contrib.admindocs.middleware.XViewMiddleware'],
  },
  paths: middleware,
  examples: {
    valid: [
      {
        code: dedent`
          MIDDLEWARE_CLASSES = ("django.contrib.admindocs.middleware.XViewMiddleware",)
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          MIDDLEWARE_CLASSES = (
              "django.middleware.common.CommonMiddleware",
              "django.middleware.transaction.TransactionMiddleware",
              "django.middleware.doc.XViewMiddleware",
          )
        `,
        filename: 'settings.py',
        errors: [
          { line: 3, column: 5, message: '`django.middleware.transaction.TransactionMiddleware` is deprecated since Django 1.6 and removed in 1.8: set `"ATOMIC_REQUESTS": True` in the `DATABASES` entries and remove it' },
          { line: 4, column: 5, message: '`django.middleware.doc.XViewMiddleware` is deprecated since Django 1.6 and removed in 1.8: use `django.contrib.admindocs.middleware.XViewMiddleware`' },
        ],
        output: dedent`
          MIDDLEWARE_CLASSES = (
              "django.middleware.common.CommonMiddleware",
              "django.middleware.transaction.TransactionMiddleware",
              "django.contrib.admindocs.middleware.XViewMiddleware",
          )
        `,
      },
      {
        code: dedent`
          DEBUG = True
          MIDDLEWARE_CLASSES = ()
          if DEBUG:
              MIDDLEWARE_CLASSES += ('django.middleware.doc.XViewMiddleware',)
        `,
        filename: 'settings.py',
        errors: [
          { line: 4, column: 28, message: '`django.middleware.doc.XViewMiddleware` is deprecated since Django 1.6 and removed in 1.8: use `django.contrib.admindocs.middleware.XViewMiddleware`' },
        ],
        output: dedent`
          DEBUG = True
          MIDDLEWARE_CLASSES = ()
          if DEBUG:
              MIDDLEWARE_CLASSES += ('django.contrib.admindocs.middleware.XViewMiddleware',)
        `,
      },
    ],
  },
});
