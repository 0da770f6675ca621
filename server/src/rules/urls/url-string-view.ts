import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { addModuleImport, normalizedOrNull } from '../../engine/python-edits';
import { callArguments, stringValue, urlPatternCalls } from '../../engine/python-queries';
import type { Fix, TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';

const dottedPath = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;

/** The non-empty view prefix of the `patterns()` call a `url()` sits in, or null. */
function patternsPrefix(context: PythonRuleContext, call: Node): string | null {
  for (let node = call.parent; node; node = node.parent) {
    if (node.type !== 'call') continue;
    const name = context.scopes.qualifiedNameOf(node.childForFieldName('function'));
    if (name === 'django.conf.urls.patterns' || name === 'django.conf.urls.defaults.patterns' || name === 'django.conf.urls.i18n.i18n_patterns') {
      const first = callArguments(node).positional[0];
      const prefix = stringValue(first ?? null);
      return prefix ? prefix : null;
    }
  }
  return null;
}

/**
 * One fix for every string view of the file that names a module path: `import a.b` and `a.b.view`,
 * the lookup Django did. Null when a view sits under a `patterns()` prefix or its top-level package
 * name means something else in the module.
 */
function stringViewsFix(context: PythonRuleContext, views: Array<{ call: Node; view: Node; path: string }>): Fix | undefined {
  const { scopes, text } = context;
  const edits: TextEdit[] = [];
  const modules = new Set<string>();
  for (const { call, view, path } of views) {
    if (!dottedPath.test(path) || patternsPrefix(context, call) !== null) return undefined;
    const module = path.slice(0, path.lastIndexOf('.'));
    const root = module.split('.')[0];
    // `import a.b` binds `a`: fine when `a` is only ever bound by such imports.
    const bindings = scopes.moduleScope.bindings.get(root) ?? [];
    if (bindings.some((b) => !b.importEntry || b.importEntry.module !== null || b.importEntry.aliasNode)) return undefined;
    edits.push({ start: view.startIndex, end: view.endIndex, text: path });
    if (!scopes.imports.some((e) => e.module === null && !e.aliasNode && e.importedName === module)) modules.add(module);
  }
  const imports = [...modules].sort().map((module) => addModuleImport(scopes, text, module));
  // Several new imports land at the same place: join them into one edit.
  const joined = imports.length > 0 ? [{ ...imports[0], text: imports.map((i) => i.text).join('') }] : [];
  const normalized = normalizedOrNull([...edits, ...joined]);
  return normalized ? { title: 'Import the views and pass them', edits: normalized } : undefined;
}

export default definePythonRule({
  id: 'url-string-view',
  title: 'String views in `url()` → callables',
  category: 'urls',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `url()` patterns whose view is a dotted-path string (`url(r"^$", "shop.views.index")`).',
    why: 'Django 1.10 only accepts callables (or `include()`) as views; a string view raises an error when the URLconf loads.',
    fixSafety:
      'Imports the view\'s module (`import shop.views`) and passes `shop.views.index`, which is what Django looked up. ' +
      'Review: the module is now imported when the URLconf loads instead of on the first request, which can expose circular imports, so the fix is not part of fix-all. ' +
      'Views under a `patterns()` prefix and names without a module get the message only.',
  },
  fix: 'unsafe',
  checklist: ['url-string-view'],
  truth: {
    removedParameters: [{ symbol: 'django.conf.urls.url', name: 'prefix' }],
    note: 'string views themselves are a type check inside url(), not a name; its `prefix` parameter went with them',
  },
  triggers: ['url'],
  // A call of `django.conf.urls.url` spells the first two parts of the path (`callsTo`).
  requires: ['django', 'conf'],
  check(context) {
    const views: Array<{ call: Node; view: Node; path: string }> = [];
    for (const { call, positional, keywords } of urlPatternCalls(context, ['django.conf.urls.url'])) {
      const view = positional[1] ?? keywords.get('view')?.childForFieldName('value') ?? null;
      const path = stringValue(view);
      if (view && path !== null) views.push({ call, view, path });
    }
    if (views.length === 0) return;
    const fix = stringViewsFix(context, views);
    for (const { call, view, path } of views) {
      const prefix = patternsPrefix(context, call);
      context.report({
        node: view,
        subject: `The string view \`'${path}'\``,
        advice: prefix ? `import the view (\`${prefix}.${path}\`) and pass the function` : 'import the view and pass the function',
        fix,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf.urls import url
          from shop import views

          urlpatterns = [url(r"^$", views.index)]
        `,
        filename: 'shop/urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import url

          urlpatterns = [
              url(r'^$', 'shop.views.index', name='index'),
              url(r'^login/$', 'django.contrib.auth.views.login'),
          ]
        `,
        filename: 'shop/urls.py',
        errors: [
          { line: 4, column: 16, message: 'The string view `\'shop.views.index\'` is deprecated since Django 1.8 and removed in 1.10: import the view and pass the function' },
          { line: 5, column: 22, message: 'The string view `\'django.contrib.auth.views.login\'` is deprecated since Django 1.8 and removed in 1.10: import the view and pass the function' },
        ],
        output: dedent`
          from django.conf.urls import url
          import django.contrib.auth.views
          import shop.views

          urlpatterns = [
              url(r'^$', shop.views.index, name='index'),
              url(r'^login/$', django.contrib.auth.views.login),
          ]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import patterns, url

          urlpatterns = patterns('shop.views',
              url(r'^$', 'index'),
          )
        `,
        filename: 'shop/urls.py',
        errors: [
          { line: 4, column: 16, message: 'The string view `\'index\'` is deprecated since Django 1.8 and removed in 1.10: import the view (`shop.views.index`) and pass the function' },
        ],
      },
      {
        code: dedent`
          from django.conf.urls import include, url

          urlpatterns = [
              url(r'^$', 'blog.views.entry_list', name='blog-index'),
              url(r'^(?P<slug>[-\w]+)/$', 'blog.views.entry_detail', name='blog-entry'),
              url(r'^comments/', include('django_comments.urls')),
          ]
        `,
        filename: 'blog/urls.py',
        errors: [
          { line: 4, column: 16, message: 'The string view `\'blog.views.entry_list\'` is deprecated since Django 1.8 and removed in 1.10: import the view and pass the function' },
          { line: 5, column: 33, message: 'The string view `\'blog.views.entry_detail\'` is deprecated since Django 1.8 and removed in 1.10: import the view and pass the function' },
        ],
        output: dedent`
          from django.conf.urls import include, url
          import blog.views

          urlpatterns = [
              url(r'^$', blog.views.entry_list, name='blog-index'),
              url(r'^(?P<slug>[-\w]+)/$', blog.views.entry_detail, name='blog-entry'),
              url(r'^comments/', include('django_comments.urls')),
          ]
        `,
      },
    ],
  },
});
