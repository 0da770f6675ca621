import { normalizedOrNull, removeElement } from '../../engine/python-edits';
import { includeCalls, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'include-app-name-argument',
  title: '`include(…, app_name=…)` → `include((…, app_name), …)`',
  category: 'urls',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `include()` calls with an `app_name` argument.',
    why: 'Django 2.0 removed the argument: the application namespace comes from the included URLconf\'s `app_name`, or from a `(patterns, app_name)` tuple.',
    fixSafety: 'Safe: `include(x, namespace=n, app_name=a)` becomes `include((x, a), namespace=n)`, which Django resolves the same way (an `app_name` set in the included module still wins). Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['include-app-name-arg'],
  truth: { removedParameters: [{ symbol: 'django.conf.urls.include', name: 'app_name' }] },
  triggers: ['app_name'],
  check(context) {
    for (const { list, positional, keywords } of includeCalls(context)) {
      const appName = keywords.get('app_name');
      const value = appName?.childForFieldName('value');
      if (!list || !appName || !value) continue;
      const target = positional[0] ?? keywords.get('arg')?.childForFieldName('value');
      const plain = target && positional.length === 1 && unparenthesized(target)?.type !== 'tuple';
      const edits = plain
        ? normalizedOrNull([{ start: target.startIndex, end: target.endIndex, text: `(${target.text}, ${value.text})` }, ...removeElement(context.text, list, appName)])
        : null;
      context.report({
        node: appName,
        subject: 'The `app_name` argument of `include()`',
        advice: 'set `app_name` in the included URLconf, or pass `include((patterns, app_name), namespace=…)`',
        fix: edits ? { title: 'Pass a `(patterns, app_name)` tuple', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.urls import include, path

          urlpatterns = [path("blog/", include(("blog.urls", "blog"), namespace="news"))]
        `,
        filename: 'urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import include, url

          urlpatterns = [
              url(r'^blog/', include('blog.urls', namespace='news', app_name='blog')),
          ]
        `,
        filename: 'urls.py',
        errors: [
          { line: 4, column: 59, message: 'The `app_name` argument of `include()` is deprecated since Django 1.9 and removed in 2.0: set `app_name` in the included URLconf, or pass `include((patterns, app_name), namespace=…)`' },
        ],
        output: dedent`
          from django.conf.urls import include, url

          urlpatterns = [
              url(r'^blog/', include(('blog.urls', 'blog'), namespace='news')),
          ]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import include, url

          from polls import urls as poll_urls

          urlpatterns = [
              url(r'^polls/', include(poll_urls, namespace='polls', app_name='polls')),
              url(r'^archive/', include(poll_urls, namespace='archive', app_name='polls')),
          ]
        `,
        filename: 'mysite/urls.py',
        errors: [
          { line: 6, column: 59, message: 'The `app_name` argument of `include()` is deprecated since Django 1.9 and removed in 2.0: set `app_name` in the included URLconf, or pass `include((patterns, app_name), namespace=…)`' },
          { line: 7, column: 63, message: 'The `app_name` argument of `include()` is deprecated since Django 1.9 and removed in 2.0: set `app_name` in the included URLconf, or pass `include((patterns, app_name), namespace=…)`' },
        ],
        output: dedent`
          from django.conf.urls import include, url

          from polls import urls as poll_urls

          urlpatterns = [
              url(r'^polls/', include((poll_urls, 'polls'), namespace='polls')),
              url(r'^archive/', include((poll_urls, 'polls'), namespace='archive')),
          ]
        `,
      },
    ],
  },
});
