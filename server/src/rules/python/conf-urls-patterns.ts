import type { PythonRuleContext } from '../../engine/lint';
import { removeImportEntries } from '../../engine/python-edits';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { TextEdit } from '../../engine/types';
import { deprecationNotes } from '../docs-links';
import { callArguments, callsTo, stringValue } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const qualifiedName = 'django.conf.urls.patterns';

const rule: PythonRule = {
  id: 'conf-urls-patterns',
  title: '`patterns()` → a plain list of URL patterns',
  category: 'urls',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `django.conf.urls.patterns()`.',
    why: 'Django 1.8 deprecated `patterns()` and string view prefixes; 1.10 removed it, so the URLconf fails to import.',
    fixSafety: 'Safe when the prefix is `\'\'`: the call becomes a list of its other arguments. With a prefix, string views must become imported callables by hand.',
  },
  fix: 'safe',
  checklist: ['conf-urls-patterns'],
  truth: { removed: ['django.conf.urls.patterns'] },
  fixMinVersion: '1.8',
  check(context: PythonRuleContext) {
    const { scopes, text } = context;
    const calls = callsTo(context, [qualifiedName]);
    const imports = scopes.imports.filter((e) => e.qualifiedName === qualifiedName);
    const edits: TextEdit[] = [];
    let fixable = calls.length === scopes.referencesTo(qualifiedName).length;
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
    let fix;
    try {
      fix = fixable && edits.length ? { title: 'Use a plain list', edits: normalizeEdits(edits) } : undefined;
    } catch {
      fix = undefined;
    }
    for (const { callee } of calls) {
      context.report({ node: callee, subject: '`django.conf.urls.patterns()`', advice: 'use a plain list of `url()` instances with view callables', fix });
    }
  },
  examples: {
    valid: [{ code: 'urlpatterns = [url(r"^$", views.index)]\n' }],
    invalid: [
      {
        code: 'from django.conf.urls import patterns, url\n\nurlpatterns = patterns(\'\',\n    url(r"^$", views.index),\n    url(r"^about/$", views.about),\n)\n',
        findings: 1,
        output: 'from django.conf.urls import url\n\nurlpatterns = [\n    url(r"^$", views.index),\n    url(r"^about/$", views.about),\n]\n',
      },
      {
        code: 'from django.conf.urls import patterns, url\n\nurlpatterns = patterns("blog.views", url(r"^$", "index"))\n',
        findings: 1,
      },
    ],
  },
};
export default rule;
