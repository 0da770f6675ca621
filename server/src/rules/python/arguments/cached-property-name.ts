import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { removeElement } from '../../../engine/python-edits';
import { deprecationNotes } from '../../docs-links';
import { callArguments, callsTo } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'cached-property-name',
  title: 'Drop `cached_property(func, name=…)`',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  languages: ['python'],
  docsUrl: deprecationNotes('4.1'),
  docs: {
    what: 'Finds the `name` argument (keyword or second positional) of `django.utils.functional.cached_property`.',
    why: 'Python 3.6\'s `__set_name__` tells the descriptor its name, so Django 4.1 deprecated the argument; 5.0 removed it (`TypeError`).',
    fixSafety: 'Safe: removes the argument; the name comes from the attribute the property is assigned to (Django 3.0+, which requires Python 3.6).',
  },
  fix: 'safe',
  fixMinVersion: '3.0',
  checklist: ['cached-property-name'],
  truth: { removedParameters: [{ symbol: 'django.utils.functional.cached_property', name: 'name' }] },
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'from django.utils.functional import cached_property\n\nclass A:\n    @cached_property\n    def total(self):\n        return 1\n' }],
    invalid: [{
      code: 'from django.utils.functional import cached_property\n\nclass A:\n    def _total(self):\n        return 1\n    total = cached_property(_total, name="total")\n',
      findings: 1,
      output: 'from django.utils.functional import cached_property\n\nclass A:\n    def _total(self):\n        return 1\n    total = cached_property(_total)\n',
    }],
  },
};
export default rule;
