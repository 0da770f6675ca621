import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { attributeAccesses, callsWithArguments, isModuleLevel } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const flags = ['is_safe', 'needs_autoescape'];

/** Whether an identifier names a function defined in the module (a filter function, in a template library). */
function isModuleFunction(context: PythonRuleContext, object: Node): boolean {
  if (object.type !== 'identifier') return false;
  const binding = context.scopes.lookup(object.text, context.scopes.scopeAt(object.startIndex), object.startIndex);
  if (!binding || binding.importEntry) return false;
  return context.tree.rootNode.descendantForIndex(binding.start)?.parent?.type === 'function_definition';
}

export default definePythonRule({
  id: 'filter-flag-attributes',
  title: '`my_filter.is_safe = True` → `@register.filter(is_safe=True)`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds `is_safe` and `needs_autoescape` set as attributes of a module-level function that the module then wraps with `stringfilter(function)`. A flag set on the object that is registered (after `@register.filter @stringfilter def f`, `f` is the wrapper) still works and is left alone.',
    why: 'Django 1.4 made the filter flags arguments of `register.filter()`; up to 1.5 `stringfilter` also copied flags set on the function it wraps (with a warning). Django 1.6 dropped that, so a flag set before wrapping is lost: escaping changes (`is_safe`) or the filter stops receiving `autoescape`.',
    fixSafety: 'No fix: the flags move into the `register.filter(…)` call or decorator, wherever that is.',
  },
  fix: 'none',
  locality: 'file',
  checklist: ['filter-flag-attributes'],
  truth: { replacements: ['django.template.defaultfilters.stringfilter'], note: 'a calling convention: 1.5.12\'s stringfilter copies is_safe/needs_autoescape from the function with a DeprecationWarning, 1.6.11\'s does not' },
  triggers: ['stringfilter'],
  check(context) {
    // The functions the module wraps afterwards: `stringfilter(f)`.
    const wrapped = callsWithArguments(context, ['django.template.defaultfilters.stringfilter'])
      .flatMap(({ call, positional }) => (positional[0]?.type === 'identifier' ? [{ name: positional[0].text, at: call.startIndex }] : []));
    if (!wrapped.length) return;
    for (const flag of flags) {
      for (const access of attributeAccesses(context, flag)) {
        const statement = access.parent?.parent;
        const object = access.childForFieldName('object');
        if (access.parent?.type !== 'assignment' || !statement || !isModuleLevel(statement) || !object || !isModuleFunction(context, object)) continue;
        if (!wrapped.some((w) => w.name === object.text && w.at > access.startIndex)) continue;
        context.report({ node: access, subject: `The filter flag \`${object.text}.${flag}\``, advice: `pass \`${flag}=…\` to \`register.filter()\`` });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import template

          register = template.Library()

          @register.filter(is_safe=True)
          def shout(value):
              return value.upper()
        `,
      },
      {
        code: dedent`
          from django import template
          from django.template.defaultfilters import stringfilter

          register = template.Library()

          @register.filter
          @stringfilter
          def render_inline(value):
              return mark_safe(value)
          render_inline.is_safe = True
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import template
          from django.template.defaultfilters import stringfilter

          register = template.Library()

          def shout(value):
              return value.upper()
          shout.is_safe = True
          register.filter("shout", stringfilter(shout))
        `,
        filename: 'shop/templatetags/shop_tags.py',
        errors: [
          { line: 8, column: 1, message: 'The filter flag `shout.is_safe` is deprecated since Django 1.4 and removed in 1.6: pass `is_safe=…` to `register.filter()`' },
        ],
      },
    ],
  },
});
