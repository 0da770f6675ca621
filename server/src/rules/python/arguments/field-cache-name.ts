import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { callArguments, classDefinitions, methodCalls, methodsOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'field-cache-name',
  title: '`FieldCacheMixin.get_cache_name()` → `cache_name`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  languages: ['python'],
  docsUrl: deprecationNotes('5.1'),
  docs: {
    what: 'Finds `get_cache_name()` methods (custom fields and relations) and `x.get_cache_name()` calls.',
    why: 'Django 5.1 replaced the method with the `cache_name` cached property; 6.0 removed `get_cache_name()`, so overrides are ignored and calls raise `AttributeError`.',
    fixSafety: 'Safe for calls: `x.get_cache_name()` becomes `x.cache_name` (Django 5.1+). Methods are only reported: turn them into a `@cached_property` named `cache_name`.',
  },
  fix: 'safe',
  fixMinVersion: '5.1',
  checklist: ['fieldcachemixin-get-cache-name'],
  truth: { removed: ['django.db.models.fields.mixins.FieldCacheMixin.get_cache_name'], replacements: ['django.db.models.fields.mixins.FieldCacheMixin.cache_name'] },
  check(context: PythonRuleContext) {
    for (const classNode of classDefinitions(context)) {
      if (methodsOf(classNode, 'cache_name').length > 0) continue;
      for (const method of methodsOf(classNode, 'get_cache_name')) {
        context.report({ node: method.nameNode, subject: '`get_cache_name()`', advice: 'define a `cache_name` cached property instead' });
      }
    }
    for (const { call, nameNode: attribute } of methodCalls(context, ['get_cache_name'])) {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      const empty = list && positional.length === 0 && keywords.size === 0 && !hasSplat;
      context.report({
        node: call,
        subject: '`get_cache_name()`',
        advice: 'read the `cache_name` property',
        fix: empty ? { title: 'Use `cache_name`', edits: [{ start: attribute.startIndex, end: call.endIndex, text: 'cache_name' }] } : undefined,
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.utils.functional import cached_property\n\nclass Rel:\n    @cached_property\n    def cache_name(self):\n        return "rel"\n\nkey = field.cache_name\n' }],
    invalid: [{
      code: 'class Rel:\n    def get_cache_name(self):\n        return "rel"\n\nkey = field.get_cache_name()\n',
      findings: 2,
      output: 'class Rel:\n    def get_cache_name(self):\n        return "rel"\n\nkey = field.cache_name\n',
    }],
  },
};
export default rule;
