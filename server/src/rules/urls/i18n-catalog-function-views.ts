import { dedent } from '../shapes';
import { functionViewsRule, sequenceAs } from '../shapes/function-views';

export default functionViewsRule({
  id: 'i18n-catalog-function-views',
  title: '`javascript_catalog`/`json_catalog` → `JavaScriptCatalog`/`JSONCatalog`',
  category: 'urls',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds the function views `django.views.i18n.javascript_catalog` and `json_catalog`.',
    why: 'Django 1.10 replaced them with the class-based `JavaScriptCatalog` and `JSONCatalog`; Django 2.0 removed the functions.',
    fixSafety:
      'When every use is the view of a URL pattern, passes `JavaScriptCatalog.as_view(...)` (`packages` given as a list or tuple and `domain` move into `as_view()`). ' +
      'Review: without `packages` the class serves the translations of every installed app rather than only Django\'s, and it takes the language from the request rather than a `?language=` parameter, so the fix is not part of fix-all. Needs Django 1.10+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.10',
  checklist: ['javascript-catalog-view', 'json-catalog-view'],
  views: [
    { old: 'django.views.i18n.javascript_catalog', view: 'django.views.i18n.JavaScriptCatalog', kwargs: { domain: 'domain', packages: sequenceAs('packages') } },
    { old: 'django.views.i18n.json_catalog', view: 'django.views.i18n.JSONCatalog', kwargs: { domain: 'domain', packages: sequenceAs('packages') } },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf.urls import url
          from django.views.i18n import JavaScriptCatalog

          urlpatterns = [url(r"^jsi18n/$", JavaScriptCatalog.as_view())]
        `,
        filename: 'urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import url
          from django.views.i18n import javascript_catalog

          js_info = {'packages': ('shop',)}
          urlpatterns = [
              url(r'^jsi18n/$', javascript_catalog, {'packages': ('shop',)}, name='jsi18n'),
          ]
        `,
        filename: 'urls.py',
        errors: [
          { line: 2, column: 31, message: 'The function view `django.views.i18n.javascript_catalog` is deprecated since Django 1.10 and removed in 2.0: use `JavaScriptCatalog.as_view()` (its options become `as_view()` arguments)' },
          { line: 6, column: 23, message: 'The function view `django.views.i18n.javascript_catalog` is deprecated since Django 1.10 and removed in 2.0: use `JavaScriptCatalog.as_view()` (its options become `as_view()` arguments)' },
        ],
        output: dedent`
          from django.conf.urls import url
          from django.views.i18n import JavaScriptCatalog

          js_info = {'packages': ('shop',)}
          urlpatterns = [
              url(r'^jsi18n/$', JavaScriptCatalog.as_view(packages=('shop',)), name='jsi18n'),
          ]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import url
          from django.views import i18n

          urlpatterns = [
              url(r'^jsi18n/$', i18n.javascript_catalog, {'domain': 'djangojs', 'packages': ['shop', 'blog']}),
              url(r'^i18n\.json$', i18n.json_catalog, name='json-catalog'),
          ]
        `,
        filename: 'mysite/urls.py',
        errors: [
          { line: 5, column: 23, message: 'The function view `django.views.i18n.javascript_catalog` is deprecated since Django 1.10 and removed in 2.0: use `JavaScriptCatalog.as_view()` (its options become `as_view()` arguments)' },
          { line: 6, column: 26, message: 'The function view `django.views.i18n.json_catalog` is deprecated since Django 1.10 and removed in 2.0: use `JSONCatalog.as_view()` (its options become `as_view()` arguments)' },
        ],
        output: dedent`
          from django.conf.urls import url
          from django.views import i18n

          urlpatterns = [
              url(r'^jsi18n/$', i18n.JavaScriptCatalog.as_view(domain='djangojs', packages=['shop', 'blog'])),
              url(r'^i18n\.json$', i18n.JSONCatalog.as_view(), name='json-catalog'),
          ]
        `,
      },
    ],
  },
});
