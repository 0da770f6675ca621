import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { callsWithArguments, referencesTo, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const cachePage = 'django.views.decorators.cache.cache_page';

/** Whether an argument is a view rather than a timeout: a function of the module (or a lambda). */
function isView(context: PythonRuleContext, argument: Node): boolean {
  const node = unparenthesized(argument)!;
  if (node.type === 'lambda') return true;
  if (node.type !== 'identifier') return false;
  // `view = cache_page(view, 60)` binds the name again: any definition of it as a function counts.
  for (let scope: ReturnType<typeof context.scopes.scopeAt> | null = context.scopes.scopeAt(node.startIndex); scope; scope = scope.parent) {
    const bindings = scope.bindings.get(node.text);
    if (!bindings?.length) continue;
    return bindings.some((b) => !b.importEntry && context.tree.rootNode.descendantForIndex(b.start)?.parent?.type === 'function_definition');
  }
  return false;
}

export default definePythonRule({
  id: 'cache-page-legacy-call',
  title: '`cache_page(view, timeout)` and the other old call styles → `cache_page(timeout)(view)`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds `cache_page()` called with the view (`cache_page(my_view, 60)`, `cache_page(60, my_view)`, `cache_page(my_view)`), with no timeout (`cache_page()`), with more than one positional argument, and `@cache_page` used without arguments.',
    why: 'Django up to 1.5 accepted several ways of calling `cache_page` (the view first, the timeout optional) with a warning from 1.4; Django 1.6 accepts only `cache_page(timeout, cache=…, key_prefix=…)` and raises `TypeError` for the others, when the URLconf or views module is imported.',
    fixSafety: 'Safe for `cache_page(view, timeout, …)`: becomes `cache_page(timeout, …)(view)`, what Django did with it. The other styles get the message only (the timeout is missing, or which argument is the view is unclear).',
  },
  fix: 'safe',
  checklist: ['cache-page-legacy-call'],
  truth: { replacements: [cachePage], note: 'a calling convention, not a name: 1.5.12\'s cache_page(*args, **kwargs) accepts the view first with a DeprecationWarning, 1.6.11\'s raises TypeError unless given exactly one non-callable positional argument' },
  triggers: ['cache_page'],
  check(context) {
    for (const { call, callee, positional, keywords, hasSplat, list } of callsWithArguments(context, [cachePage])) {
      if (hasSplat || !list) continue;
      if (positional.length === 1 && !isView(context, positional[0])) continue;
      let fix;
      if (positional.length >= 2 && isView(context, positional[0]) && !isView(context, positional[1])) {
        const rest = [...positional.slice(1), ...keywords.values()].sort((a, b) => a.startIndex - b.startIndex).map((n) => n.text);
        fix = { title: 'Call `cache_page(timeout)(view)`', edits: [{ start: call.startIndex, end: call.endIndex, text: `${callee.text}(${rest.join(', ')})(${positional[0].text})` }] };
      }
      context.report({ node: call, subject: 'This call style of `cache_page()`', advice: 'call `cache_page(timeout, cache=…, key_prefix=…)` and apply the result to the view', fix });
    }
    for (const { node } of referencesTo(context, cachePage)) {
      if (node.parent?.type === 'decorator') context.report({ node, subject: '`@cache_page` without a timeout', advice: 'write `@cache_page(timeout)`' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.views.decorators.cache import cache_page

          @cache_page(60 * 15, key_prefix="site1")
          def article_list(request):
              return render(request, "articles.html")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.views.decorators.cache import cache_page

          def article_list(request):
              return render(request, "articles.html")

          article_list = cache_page(article_list, 60 * 15, key_prefix="site1")
        `,
        errors: [
          { line: 6, column: 16, message: 'This call style of `cache_page()` is deprecated since Django 1.4 and removed in 1.6: call `cache_page(timeout, cache=…, key_prefix=…)` and apply the result to the view' },
        ],
        output: dedent`
          from django.views.decorators.cache import cache_page

          def article_list(request):
              return render(request, "articles.html")

          article_list = cache_page(60 * 15, key_prefix="site1")(article_list)
        `,
      },
      {
        code: dedent`
          from django.conf.urls import url
          from django.views.decorators import cache

          from shop import views

          def home(request):
              return views.home(request)

          urlpatterns = [url(r"^$", cache.cache_page(home, 300))]
        `,
        errors: [
          { line: 9, column: 27, message: 'This call style of `cache_page()` is deprecated since Django 1.4 and removed in 1.6: call `cache_page(timeout, cache=…, key_prefix=…)` and apply the result to the view' },
        ],
        output: dedent`
          from django.conf.urls import url
          from django.views.decorators import cache

          from shop import views

          def home(request):
              return views.home(request)

          urlpatterns = [url(r"^$", cache.cache_page(300)(home))]
        `,
      },
      {
        code: dedent`
          from django.views.decorators.cache import cache_page

          @cache_page
          def sitemap(request):
              return render(request, "sitemap.xml")
        `,
        errors: [
          { line: 3, column: 2, message: '`@cache_page` without a timeout is deprecated since Django 1.4 and removed in 1.6: write `@cache_page(timeout)`' },
        ],
      },
    ],
  },
});
