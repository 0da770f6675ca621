import { deprecationNotes } from '../../docs-links';
import { movedNamesRule, PythonRule } from '../../shapes';

const module = 'django.utils.datetime_safe';

const names = movedNamesRule({
  id: 'utils-datetime-safe',
  title: '`django.utils.datetime_safe` → the `datetime` module',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  docsUrl: deprecationNotes('4.0'),
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
    valid: [{ code: 'from datetime import datetime\n\nnow = datetime.now()\n' }],
    invalid: [
      {
        code: 'from django.utils.datetime_safe import datetime\n\nnow = datetime.now()\n',
        findings: 2,
        output: 'from datetime import datetime\n\nnow = datetime.now()\n',
      },
      {
        code: 'from django.utils import datetime_safe\n\nday = datetime_safe.new_date(value)\n',
        findings: 1,
      },
      { code: 'import django.utils.datetime_safe\n', findings: 1 },
    ],
  },
});

const rule: PythonRule = {
  ...names,
  triggers: [...names.triggers!, 'datetime_safe'],
  check(context) {
    names.check(context);
    for (const entry of context.scopes.imports) {
      if (entry.qualifiedName === module && context.scopes.usesOf(entry).length === 0 && context.scopes.referencesTo(module).length === 0) {
        context.report({ node: entry.entry, subject: `The module \`${module}\``, advice: 'remove the import; use the standard `datetime` module' });
      }
    }
  },
};
export default rule;
