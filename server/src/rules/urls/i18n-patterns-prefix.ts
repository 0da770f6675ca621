import { removeElement } from '../../engine/python-edits';
import { callArguments, callsTo, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'i18n-patterns-prefix',
  title: '`i18n_patterns(prefix, …)` → `i18n_patterns(…)`',
  category: 'urls',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `i18n_patterns()` calls whose first argument is a view prefix string, like `patterns()` took.',
    why: 'Django 1.10 takes only URL patterns; the prefix string is treated as a pattern and the URLconf fails to load.',
    fixSafety: 'Safe: drops an empty prefix (`\'\'`) when every other argument is a `url()` call. A non-empty prefix applied to string views: the message says to import the views.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['i18n-patterns-prefix'],
  truth: { removedParameters: [{ symbol: 'django.conf.urls.i18n.i18n_patterns', name: 'prefix' }] },
  triggers: ['i18n_patterns'],
  check(context) {
    for (const { call } of callsTo(context, ['django.conf.urls.i18n.i18n_patterns'])) {
      const { list, positional } = callArguments(call);
      const prefix = stringValue(positional[0] ?? null);
      if (!list || prefix === null) continue;
      const rest = positional.slice(1);
      const onlyCalls = rest.every((p) => p.type === 'call');
      context.report({
        node: positional[0],
        subject: 'The `prefix` argument of `i18n_patterns()`',
        advice: prefix === '' ? 'remove it and pass `url()` patterns only' : 'import the views it prefixes, pass them to `url()`, and remove it',
        fix: prefix === '' && onlyCalls ? { title: 'Remove the prefix', edits: removeElement(context.text, list, positional[0]) } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf.urls.i18n import i18n_patterns

          urlpatterns = i18n_patterns(url(r"^about/$", about))
        `,
        filename: 'urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import url
          from django.conf.urls.i18n import i18n_patterns

          urlpatterns = i18n_patterns('',
              url(r'^about/$', about),
          )
        `,
        filename: 'urls.py',
        errors: [
          { line: 4, column: 29, message: 'The `prefix` argument of `i18n_patterns()` is deprecated since Django 1.8 and removed in 1.10: remove it and pass `url()` patterns only' },
        ],
        output: dedent`
          from django.conf.urls import url
          from django.conf.urls.i18n import i18n_patterns

          urlpatterns = i18n_patterns(url(r'^about/$', about),
          )
        `,
      },
      {
        code: dedent`
          from django.conf.urls.i18n import i18n_patterns

          urlpatterns = i18n_patterns('pages.views', (r'^about/$', 'about'))
        `,
        filename: 'urls.py',
        errors: [
          { line: 3, column: 29, message: 'The `prefix` argument of `i18n_patterns()` is deprecated since Django 1.8 and removed in 1.10: import the views it prefixes, pass them to `url()`, and remove it' },
        ],
      },
      {
        code: dedent`
          from django.conf.urls import include, url
          from django.conf.urls.i18n import i18n_patterns

          urlpatterns = i18n_patterns(
              '',
              url(r'^shop/', include('shop.urls')),
              url(r'^blog/', include('blog.urls')),
          )
        `,
        filename: 'mysite/urls.py',
        errors: [
          { line: 5, column: 5, message: 'The `prefix` argument of `i18n_patterns()` is deprecated since Django 1.8 and removed in 1.10: remove it and pass `url()` patterns only' },
        ],
        output: dedent`
          from django.conf.urls import include, url
          from django.conf.urls.i18n import i18n_patterns

          urlpatterns = i18n_patterns(
              url(r'^shop/', include('shop.urls')),
              url(r'^blog/', include('blog.urls')),
          )
        `,
      },
    ],
  },
});
