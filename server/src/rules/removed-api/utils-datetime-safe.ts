import { dedent, movedNamesRule, pathWords, PythonRule } from '../shapes';

const module = 'django.utils.datetime_safe';

const names = movedNamesRule({
  id: 'utils-datetime-safe',
  title: '`django.utils.datetime_safe` → the `datetime` module',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  docs: {
    what: 'Finds `date`, `datetime`, `new_date()`, `new_datetime()` and `strftime()` from the undocumented `django.utils.datetime_safe`, and unused imports of the module.',
    why: 'The module worked around Python 2\'s `strftime()` limits on years before 1900; Django 4.0 deprecated it and 5.0 removed it.',
    fixSafety:
      'Quick fix only: `date` and `datetime` come from the standard `datetime` module instead. They format years before 1000 without the leading zeros ' +
      'the Django subclasses added. `new_date()`, `new_datetime()` and `strftime()` have no fix. Needs Python 3 (Django 2.0+).',
  },
  fix: 'unsafe',
  fixMinVersion: '2.0',
  checklist: ['utils-datetime-safe'],
  names: [
    { old: `${module}.datetime`, replacement: 'datetime.datetime', subject: '`datetime_safe.datetime`', advice: 'use `datetime.datetime`' },
    { old: `${module}.date`, replacement: 'datetime.date', subject: '`datetime_safe.date`', advice: 'use `datetime.date`' },
    { old: `${module}.new_date`, subject: '`datetime_safe.new_date()`', advice: 'use the `datetime.date` object itself' },
    { old: `${module}.new_datetime`, subject: '`datetime_safe.new_datetime()`', advice: 'use the `datetime.datetime` object itself' },
    { old: `${module}.strftime`, subject: '`datetime_safe.strftime()`', advice: 'call the object\'s own `strftime()`' },
  ],
  truth: { removed: [module, `${module}.datetime`, `${module}.date`, `${module}.new_date`, `${module}.new_datetime`, `${module}.strftime`] },
  examples: {
    valid: [
      {
        code: dedent`
          from datetime import datetime

          now = datetime.now()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.datetime_safe import datetime

          now = datetime.now()
        `,
        errors: [
          { line: 1, column: 40, message: '`datetime_safe.datetime` is deprecated since Django 4.0 and removed in 5.0: use `datetime.datetime`' },
          { line: 3, column: 7, message: '`datetime_safe.datetime` is deprecated since Django 4.0 and removed in 5.0: use `datetime.datetime`' },
        ],
        output: dedent`
          from datetime import datetime

          now = datetime.now()
        `,
      },
      {
        code: dedent`
          from django.utils import datetime_safe

          day = datetime_safe.new_date(value)
        `,
        errors: [
          { line: 3, column: 7, message: '`datetime_safe.new_date()` is deprecated since Django 4.0 and removed in 5.0: use the `datetime.date` object itself' },
        ],
      },
      {
        code: dedent`
          import django.utils.datetime_safe
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `django.utils.datetime_safe` is deprecated since Django 4.0 and removed in 5.0: remove the import; use the standard `datetime` module' },
        ],
      },
      {
        code: dedent`
          from django.utils import datetime_safe


          def report_date():
              return datetime_safe.date(1850, 1, 1).strftime("%Y-%m-%d")
        `,
        errors: [
          { line: 5, column: 12, message: '`datetime_safe.date` is deprecated since Django 4.0 and removed in 5.0: use `datetime.date`' },
        ],
        output: dedent`
          from datetime import date


          def report_date():
              return date(1850, 1, 1).strftime("%Y-%m-%d")
        `,
      },
    ],
  },
});

const rule: PythonRule = {
  ...names,
  triggers: [...names.triggers!, 'datetime_safe'],
  // The module's imports spell every part of its path.
  requires: pathWords([module]),
  check(context) {
    names.check(context);
    // An import of the module spells its last part; without it the scopes are not built.
    if (!context.tokens.has('datetime_safe')) return;
    for (const entry of context.scopes.imports) {
      if (entry.qualifiedName === module && context.scopes.usesOf(entry).length === 0 && context.scopes.referencesTo(module).length === 0) {
        context.report({ node: entry.entry, subject: `The module \`${module}\``, advice: 'remove the import; use the standard `datetime` module' });
      }
    }
  },
};
export default rule;
