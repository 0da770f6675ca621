import { dedent, movedNamesRule, pathWords, PythonRule } from '../shapes';

const module = 'django.utils.itercompat';

const names = movedNamesRule({
  id: 'utils-itercompat',
  title: '`django.utils.itercompat.is_iterable()` → `isinstance(x, collections.abc.Iterable)`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
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
    valid: [
      {
        code: dedent`
          from collections.abc import Iterable

          ok = isinstance(value, Iterable)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.itercompat import is_iterable

          ok = is_iterable(value)
        `,
        errors: [
          { line: 1, column: 37, message: '`is_iterable()` is deprecated since Django 5.1 and removed in 6.0: use `isinstance(x, collections.abc.Iterable)`, or try `iter(x)`' },
          { line: 3, column: 6, message: '`is_iterable()` is deprecated since Django 5.1 and removed in 6.0: use `isinstance(x, collections.abc.Iterable)`, or try `iter(x)`' },
        ],
      },
      {
        code: dedent`
          from django.utils import itercompat
        `,
        errors: [
          { line: 1, column: 26, message: 'The module `django.utils.itercompat` is deprecated since Django 5.1 and removed in 6.0: remove the import (Django 6.0 removed the module)' },
        ],
      },
    ],
  },
});

const rule: PythonRule = {
  ...names,
  triggers: [...names.triggers!, 'itercompat'],
  // The module's imports spell every part of its path.
  requires: pathWords([module]),
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
