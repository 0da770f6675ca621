import { deprecationNotes } from '../../docs-links';
import { movedNamesRule, PythonRule } from '../../shapes';

const module = 'django.utils.itercompat';

const names = movedNamesRule({
  id: 'utils-itercompat',
  title: '`django.utils.itercompat.is_iterable()` → `isinstance(x, collections.abc.Iterable)`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.1'),
  docs: {
    what: 'Finds `is_iterable()` from `django.utils.itercompat`, and imports of the module itself.',
    why: 'The module was a Python 2 compatibility leftover; Django 5.1 deprecated `is_iterable()` and Django 6.0 removed the module.',
    fixSafety: 'No fix: `isinstance(x, collections.abc.Iterable)` misses objects that are iterable only through `__getitem__`, which `is_iterable()` (it called `iter()`) accepted.',
  },
  fix: 'none',
  checklist: ['itercompat-is-iterable', 'itercompat-module'],
  names: [{ old: `${module}.is_iterable`, subject: '`is_iterable()`', advice: 'use `isinstance(x, collections.abc.Iterable)`, or try `iter(x)`' }],
  truth: { removed: [module, `${module}.is_iterable`] },
  examples: {
    valid: [{ code: 'from collections.abc import Iterable\n\nok = isinstance(value, Iterable)\n' }],
    invalid: [
      { code: 'from django.utils.itercompat import is_iterable\n\nok = is_iterable(value)\n', findings: 2 },
      { code: 'from django.utils import itercompat\n', findings: 1 },
    ],
  },
});

const rule: PythonRule = {
  ...names,
  triggers: [...names.triggers!, 'itercompat'],
  check(context) {
    names.check(context);
    for (const entry of context.scopes.imports) {
      if (entry.qualifiedName !== module) continue;
      if (context.scopes.referencesTo(`${module}.is_iterable`).some((r) => r.importEntry === entry)) continue;
      context.report({ node: entry.entry, subject: `The module \`${module}\``, advice: 'remove the import (Django 6.0 removed the module)' });
    }
  },
};
export default rule;
