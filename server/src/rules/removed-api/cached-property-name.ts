import type { Node } from 'web-tree-sitter';
import { removeElement } from '../../engine/python-edits';
import { callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'cached-property-name',
  title: 'Drop `cached_property(func, name=…)`',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docs: {
    what: 'Finds the `name` argument (keyword or second positional) of `django.utils.functional.cached_property`.',
    why: 'Python 3.6\'s `__set_name__` tells the descriptor its name, so Django 4.1 deprecated the argument; 5.0 removed it (`TypeError`).',
    fixSafety: 'Safe: removes the argument; the name comes from the attribute the property is assigned to (Django 3.0+, which requires Python 3.6).',
  },
  fix: 'safe',
  fixMinVersion: '3.0',
  checklist: ['cached-property-name'],
  truth: { removedParameters: [{ symbol: 'django.utils.functional.cached_property', name: 'name' }] },
  triggers: ['cached_property'],
  // A call of `django.utils.functional.cached_property` spells the first two parts of the path (`callsTo`).
  requires: ['django', 'utils'],
  check(context) {
    for (const { call } of callsTo(context, ['django.utils.functional.cached_property'])) {
      const { list, positional, keywords } = callArguments(call);
      const argument: Node | undefined = keywords.get('name') ?? positional[1];
      if (!list || !argument) continue;
      context.report({
        node: argument,
        subject: '`cached_property(…, name=…)`',
        advice: 'remove the name: the attribute name is used',
        fix: { title: 'Remove the name', edits: removeElement(context.text, list, argument) },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.functional import cached_property

          class A:
              @cached_property
              def total(self):
                  return 1
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.functional import cached_property

          class A:
              def _total(self):
                  return 1
              total = cached_property(_total, name="total")
        `,
        errors: [
          { line: 6, column: 37, message: '`cached_property(…, name=…)` is deprecated since Django 4.1 and removed in 5.0: remove the name: the attribute name is used' },
        ],
        output: dedent`
          from django.utils.functional import cached_property

          class A:
              def _total(self):
                  return 1
              total = cached_property(_total)
        `,
      },
      {
        code: dedent`
          from django.utils import functional


          class Basket:
              def __init__(self, lines):
                  self.lines = lines

              def _get_total(self):
                  return sum(line.price for line in self.lines)

              total = functional.cached_property(_get_total, "total")
        `,
        errors: [
          { line: 11, column: 52, message: '`cached_property(…, name=…)` is deprecated since Django 4.1 and removed in 5.0: remove the name: the attribute name is used' },
        ],
        output: dedent`
          from django.utils import functional


          class Basket:
              def __init__(self, lines):
                  self.lines = lines

              def _get_total(self):
                  return sum(line.price for line in self.lines)

              total = functional.cached_property(_get_total)
        `,
      },
    ],
  },
});
