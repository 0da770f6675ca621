import { callArguments, classDefinitions, methodCalls, methodsOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'field-cache-name',
  title: '`FieldCacheMixin.get_cache_name()` → `cache_name`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docs: {
    what: 'Finds `get_cache_name()` methods (custom fields and relations) and `x.get_cache_name()` calls.',
    why: 'Django 5.1 replaced the method with the `cache_name` cached property; 6.0 removed `get_cache_name()`, so overrides are ignored and calls raise `AttributeError`.',
    fixSafety: 'Safe for calls: `x.get_cache_name()` becomes `x.cache_name` (Django 5.1+). Methods are only reported: turn them into a `@cached_property` named `cache_name`.',
  },
  fix: 'safe',
  fixMinVersion: '5.1',
  checklist: ['fieldcachemixin-get-cache-name'],
  truth: { removed: ['django.db.models.fields.mixins.FieldCacheMixin.get_cache_name'], replacements: ['django.db.models.fields.mixins.FieldCacheMixin.cache_name'] },
  triggers: ['get_cache_name'],
  check(context) {
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
    valid: [
      {
        code: dedent`
          from django.utils.functional import cached_property

          class Rel:
              @cached_property
              def cache_name(self):
                  return "rel"

          key = field.cache_name
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          class Rel:
              def get_cache_name(self):
                  return "rel"

          key = field.get_cache_name()
        `,
        errors: [
          { line: 2, column: 9, message: '`get_cache_name()` is deprecated since Django 5.1 and removed in 6.0: define a `cache_name` cached property instead' },
          { line: 5, column: 7, message: '`get_cache_name()` is deprecated since Django 5.1 and removed in 6.0: read the `cache_name` property' },
        ],
        output: dedent`
          class Rel:
              def get_cache_name(self):
                  return "rel"

          key = field.cache_name
        `,
      },
      {
        code: dedent`
          def cached_relation(instance, field):
              cache_name = field.get_cache_name()
              return instance._state.fields_cache.get(cache_name)
        `,
        errors: [
          { line: 2, column: 18, message: '`get_cache_name()` is deprecated since Django 5.1 and removed in 6.0: read the `cache_name` property' },
        ],
        output: dedent`
          def cached_relation(instance, field):
              cache_name = field.cache_name
              return instance._state.fields_cache.get(cache_name)
        `,
      },
    ],
  },
});
