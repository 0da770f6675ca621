import { normalizedOrNull, removeImportEntries } from '../../engine/python-edits';
import { callArguments, callsTo, mayName, referencesTo, stringValue } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';

const qualifiedName = 'django.conf.urls.patterns';

export default definePythonRule({
  id: 'conf-urls-patterns',
  title: '`patterns()` → a plain list of URL patterns',
  category: 'urls',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `django.conf.urls.patterns()`: its imports and its calls.',
    why: 'Django 1.8 deprecated `patterns()` and string view prefixes; 1.10 removed it, so the URLconf fails to import.',
    fixSafety: 'Safe when the prefix is `\'\'`: the call becomes a list of its other arguments. With a prefix, string views must become imported callables by hand.',
  },
  fix: 'safe',
  checklist: ['conf-urls-patterns'],
  truth: { removed: ['django.conf.urls.patterns'] },
  fixMinVersion: '1.8',
  triggers: ['patterns'],
  triggersInCode: true,
  check(context) {
    if (!mayName(context, qualifiedName)) return;
    const { scopes, text } = context;
    const calls = callsTo(context, [qualifiedName]);
    const imports = scopes.imports.filter((e) => e.qualifiedName === qualifiedName);
    const edits: TextEdit[] = [];
    // Only when every use is a call the fix rewrites: the import goes too. An import nothing here
    // calls is a re-export other modules import: they need rewriting first.
    let fixable = calls.length > 0 && calls.length === referencesTo(context, qualifiedName).length;
    for (const { call } of calls) {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      if (!list || hasSplat || keywords.size || positional.length === 0 || stringValue(positional[0]) !== '') {
        fixable = false;
        continue;
      }
      const next = positional[1];
      const comma = text.indexOf(',', positional[0].endIndex);
      const between = next ? text.slice(comma + 1, next.startIndex) : '';
      const openEnd = next && !between.includes('\n') ? next.startIndex : comma + 1;
      edits.push({ start: call.startIndex, end: openEnd, text: '[' });
      edits.push({ start: list.endIndex - 1, end: list.endIndex, text: ']' });
    }
    if (fixable) {
      for (const entry of imports) edits.push(...removeImportEntries(text, entry.statement, [entry.entry]));
    }
    const normalized = fixable && edits.length ? normalizedOrNull(edits) : null;
    const fix = normalized ? { title: 'Use a plain list', edits: normalized } : undefined;
    // The import fails from 1.10 too, even where nothing calls the name (a compatibility module re-exporting it).
    const advice = 'use a plain list of `url()` instances with view callables';
    for (const entry of imports) context.report({ node: entry.entry, subject: '`django.conf.urls.patterns`', advice, fix });
    for (const { callee } of calls) context.report({ node: callee, subject: '`django.conf.urls.patterns()`', advice, fix });
  },
  examples: {
    valid: [
      {
        code: dedent`
          urlpatterns = [url(r"^$", views.index)]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import patterns, url

          urlpatterns = patterns('',
              url(r"^$", views.index),
              url(r"^about/$", views.about),
          )
        `,
        errors: [
          { line: 1, column: 30, message: '`django.conf.urls.patterns` is deprecated since Django 1.8 and removed in 1.10: use a plain list of `url()` instances with view callables' },
          { line: 3, column: 15, message: '`django.conf.urls.patterns()` is deprecated since Django 1.8 and removed in 1.10: use a plain list of `url()` instances with view callables' },
        ],
        output: dedent`
          from django.conf.urls import url

          urlpatterns = [
              url(r"^$", views.index),
              url(r"^about/$", views.about),
          ]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import patterns, url

          urlpatterns = patterns("blog.views", url(r"^$", "index"))
        `,
        errors: [
          { line: 1, column: 30, message: '`django.conf.urls.patterns` is deprecated since Django 1.8 and removed in 1.10: use a plain list of `url()` instances with view callables' },
          { line: 3, column: 15, message: '`django.conf.urls.patterns()` is deprecated since Django 1.8 and removed in 1.10: use a plain list of `url()` instances with view callables' },
        ],
      },
      {
        code: dedent`
          from django.conf.urls import include, patterns, url


          def index(request):
              return None


          urlpatterns = patterns("",
              url(r"^$", index, name="index"),
              url(r"^blog/", include([])),
          )
        `,
        errors: [
          { line: 1, column: 39, message: '`django.conf.urls.patterns` is deprecated since Django 1.8 and removed in 1.10: use a plain list of `url()` instances with view callables' },
          { line: 8, column: 15, message: '`django.conf.urls.patterns()` is deprecated since Django 1.8 and removed in 1.10: use a plain list of `url()` instances with view callables' },
        ],
        output: dedent`
          from django.conf.urls import include, url


          def index(request):
              return None


          urlpatterns = [
              url(r"^$", index, name="index"),
              url(r"^blog/", include([])),
          ]
        `,
      },
      {
        code: dedent`
          # compat.py: the names the app's URLconfs import
          from django.conf.urls import include, patterns, url
        `,
        errors: [
          { line: 2, column: 39, message: '`django.conf.urls.patterns` is deprecated since Django 1.8 and removed in 1.10: use a plain list of `url()` instances with view callables' },
        ],
      },
    ],
  },
});