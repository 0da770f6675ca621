import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { includeCalls, moduleAssignments, stringValue, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** The list a name is bound to at module level (`extra = [url(...), ...]`), or null. */
function localPatternList(context: PythonRuleContext, node: Node): Node | null {
  const value = unparenthesized(node);
  if (value?.type === 'list') return value;
  if (value?.type !== 'identifier' || context.scopes.qualifiedNameOf(value)) return null;
  const assignments = moduleAssignments(context, value.text);
  const right = assignments.length === 1 ? unparenthesized(assignments[0].right) : null;
  return right?.type === 'list' ? right : null;
}

export default definePythonRule({
  id: 'include-namespace-without-app-name',
  title: '`include(patterns, namespace=…)` needs an application namespace',
  category: 'urls',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `include()` of a pattern list of the same module (a list literal or a module-level list) with `namespace=` but no application namespace.',
    why: 'Django 2.0 raises `ImproperlyConfigured` for an instance namespace without an `app_name`. A list has no `app_name`, so this always fails; an included module (`include("blog.urls", namespace=…)`) must set `app_name` itself, which a rule cannot see from the including file.',
    fixSafety: 'Passes `(patterns, namespace)`, using the namespace as the application namespace too. Review: `{% url %}`/`reverse()` with `current_app` resolve application namespaces, so the fix is not part of fix-all. Needs Django 1.9+.',
  },
  fix: 'unsafe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '1.9',
  checklist: ['instance-namespace-without-app'],
  truth: { note: 'include() checks for an app_name at run time; no name appears or disappears' },
  triggers: ['namespace'],
  triggersInCode: true,
  check(context) {
    for (const { positional, keywords } of includeCalls(context)) {
      const namespace = keywords.get('namespace')?.childForFieldName('value');
      if (!namespace || keywords.has('app_name') || positional.length !== 1 || !localPatternList(context, positional[0])) continue;
      const patterns = positional[0];
      context.report({
        node: keywords.get('namespace')!,
        subject: 'An instance namespace without an application namespace',
        advice: `pass \`include((${patterns.text.length > 30 ? 'patterns' : patterns.text}, app_name), namespace=…)\``,
        fix: stringValue(namespace) !== null
          ? { title: 'Use the namespace as the application namespace', edits: [{ start: patterns.startIndex, end: patterns.endIndex, text: `(${patterns.text}, ${namespace.text})` }] }
          : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf.urls import include, url

          urlpatterns = [url(r"^blog/", include("blog.urls", namespace="blog"))]
        `,
        filename: 'urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import include, url

          extra = [url(r'^a/$', a)]
          urlpatterns = [url(r'^x/', include(extra, namespace='extra'))]
        `,
        filename: 'urls.py',
        errors: [
          { line: 4, column: 43, message: 'An instance namespace without an application namespace is deprecated since Django 1.9 and removed in 2.0: pass `include((extra, app_name), namespace=…)`' },
        ],
        output: dedent`
          from django.conf.urls import include, url

          extra = [url(r'^a/$', a)]
          urlpatterns = [url(r'^x/', include((extra, 'extra'), namespace='extra'))]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import include, url

          from shop import views

          api_patterns = [
              url(r'^items/$', views.item_list),
              url(r'^items/(?P<pk>\d+)/$', views.item_detail),
          ]

          urlpatterns = [
              url(r'^api/', include(api_patterns, namespace='api')),
          ]
        `,
        filename: 'shop/urls.py',
        errors: [
          { line: 11, column: 41, message: 'An instance namespace without an application namespace is deprecated since Django 1.9 and removed in 2.0: pass `include((api_patterns, app_name), namespace=…)`' },
        ],
        output: dedent`
          from django.conf.urls import include, url

          from shop import views

          api_patterns = [
              url(r'^items/$', views.item_list),
              url(r'^items/(?P<pk>\d+)/$', views.item_detail),
          ]

          urlpatterns = [
              url(r'^api/', include((api_patterns, 'api'), namespace='api')),
          ]
        `,
      },
    ],
  },
});
