import type { Node } from 'web-tree-sitter';
import { callArguments, identifiersSpelled, methodCalls, parametersOf, sameNode, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** A string with a `%` placeholder for the object's primary key (`"../%s/"`). */
function isFormat(node: Node | null | undefined): node is Node {
  const value = node ? stringValue(node) : null;
  return value !== null && /%(\(\w+\))?[sd]/.test(value);
}

const advice = 'pass the URL itself (`reverse("admin:app_model_change", args=[obj.pk])`), or `None` for the change page';

export default definePythonRule({
  id: 'response-add-post-url-continue',
  title: '`response_add(post_url_continue="../%s/")` → a URL or `None`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds `response_add()` called with a `post_url_continue` string holding a `%s` placeholder, and `response_add()` overrides whose `post_url_continue` defaults to one (the old `"../%s/"`).',
    why: 'Django up to 1.5 formatted `post_url_continue` with the new object\'s primary key (with a warning from 1.4); Django 1.6 redirects to the string as it is, so "Save and continue editing" leads to a URL with a literal `%s`.',
    fixSafety: 'No fix: the URL must be built with the object (`reverse()` with its primary key).',
  },
  fix: 'none',
  checklist: ['response-add-post-url-continue'],
  truth: { replacements: ['django.contrib.admin.options.ModelAdmin.response_add'], note: 'a value, not a name: 1.5.12\'s response_add formats post_url_continue with the pk (DeprecationWarning), 1.6.11\'s does not' },
  triggers: ['post_url_continue', 'response_add'],
  check(context) {
    for (const { call } of methodCalls(context, ['response_add'])) {
      const { positional, keywords } = callArguments(call);
      const value = keywords.get('post_url_continue') ?? positional[2];
      const node = value?.type === 'keyword_argument' ? value.childForFieldName('value') : value;
      if (isFormat(node)) context.report({ node: node!, subject: 'A `post_url_continue` format string', advice });
    }
    for (const name of identifiersSpelled(context, 'response_add')) {
      const fn = name.parent;
      if (fn?.type !== 'function_definition' || !sameNode(fn.childForFieldName('name'), name)) continue;
      const parameter = parametersOf(fn).find((p) => p.name === 'post_url_continue');
      if (parameter && isFormat(parameter.default)) context.report({ node: parameter.default!, subject: 'A `post_url_continue` format string', advice });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def response_add(self, request, obj, post_url_continue=None):
                  return super(BookAdmin, self).response_add(request, obj, post_url_continue)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def response_add(self, request, obj, post_url_continue="../%s/"):
                  if "_popup" in request.POST:
                      return super(BookAdmin, self).response_add(request, obj, post_url_continue="../../%s/")
                  return super(BookAdmin, self).response_add(request, obj, post_url_continue)
        `,
        errors: [
          { line: 4, column: 60, message: 'A `post_url_continue` format string is deprecated since Django 1.4 and removed in 1.6: pass the URL itself (`reverse("admin:app_model_change", args=[obj.pk])`), or `None` for the change page' },
          { line: 6, column: 88, message: 'A `post_url_continue` format string is deprecated since Django 1.4 and removed in 1.6: pass the URL itself (`reverse("admin:app_model_change", args=[obj.pk])`), or `None` for the change page' },
        ],
      },
    ],
  },
});
