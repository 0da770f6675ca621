import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { moveUrlImports, normalizedOrNull } from '../../engine/python-edits';
import type { ImportEntry } from '../../engine/python-scopes';
import { callOf, convertUrlCall, mayName, referencesTo, urlCallPattern, type UrlCallPattern } from '../../engine/python-queries';
import type { Reference } from '../../engine/python-scopes';
import type { FixSafety, TextEdit } from '../../engine/types';
import { dedent, definePythonRule, pathWords } from '../shapes';

const urlName = 'django.conf.urls.url';

interface UrlRewrite {
  edits: TextEdit[];
  /** The starts of the uses whose call gets `<int:…>`/`<uuid:…>`. */
  typedUses: Set<number>;
  safety: FixSafety;
}

/**
 * The edits that rewrite every `url()` of the file to `path()` or `re_path()`, or null when that
 * cannot be done. `typed`: also to routes with `<int:…>`/`<uuid:…>` converters. Where `path` or
 * `re_path` cannot mean Django's at every call (a parameter `path`, `from os import path`, a
 * wildcard import), or `url` must stay (exported, or bound again by a fallback), `url` is imported
 * as `re_path as url` and the calls stay as they are: `url` is `re_path` since Django 2.0.
 */
function urlEdits(context: PythonRuleContext, calls: UrlCalls, typed: boolean): UrlRewrite | null {
  const renamed = rewriteUrls(context, calls, typed, false);
  return renamed === 'keep names' ? (rewriteUrls(context, calls, typed, true) as UrlRewrite | null) : renamed;
}

/** Each reference's call and its regex, read once for the (up to four) rewrites of a check. */
type UrlCalls = Map<Reference, { call: Node | null; pattern: UrlCallPattern | null }>;

function urlCalls(context: PythonRuleContext, references: readonly Reference[]): UrlCalls {
  const calls: UrlCalls = new Map();
  for (const reference of references) {
    const call = callOf(reference.node);
    calls.set(reference, { call, pattern: call ? urlCallPattern(context, call) : null });
  }
  return calls;
}

function rewriteUrls(context: PythonRuleContext, calls: UrlCalls, typed: boolean, keepNames: boolean): UrlRewrite | 'keep names' | null {
  const { scopes } = context;
  const entries = scopes.imports.filter((e) => e.qualifiedName === urlName);
  const references = [...calls.keys()];
  const edits: TextEdit[] = [];
  const typedUses = new Set<number>();
  const added = new Set<string>();
  const aliased: string[] = [];
  const confEntries: ImportEntry[] = [];
  for (const entry of entries) {
    if (entry.module !== 'django.conf.urls') return null;
    if (!keepNames && !entry.aliasNode && scopes.keepsLocalName(entry)) return 'keep names';
    confEntries.push(entry);
    if (entry.aliasNode || keepNames) aliased.push(`re_path as ${entry.localName}`);
  }
  const renamed: Node[] = [];
  for (const reference of references) {
    if (keepNames && reference.node.type !== 'identifier') return null;
    const aliasedUse = reference.node.type === 'identifier' && (reference.importEntry.aliasNode !== null || keepNames);
    const { call, pattern } = calls.get(reference)!;
    const conversion = call && !aliasedUse ? convertUrlCall(context, call, typed, pattern) : { name: 're_path' as const };
    if (conversion.edit) edits.push(conversion.edit);
    if (conversion.typed) typedUses.add(reference.node.startIndex);
    if (aliasedUse) continue;
    if (reference.node.type === 'identifier' && reference.importEntry.module !== 'django.conf.urls') return null;
    edits.push({ start: reference.node.startIndex, end: reference.node.endIndex, text: conversion.name });
    added.add(conversion.name);
    renamed.push(reference.node);
  }
  // `include` moves along with `url` (the same object lives in django.urls since Django 2.0).
  for (const statement of new Set(confEntries.map((e) => e.statement))) {
    for (const entry of scopes.imports) {
      if (entry.statement !== statement || entry.importedName !== 'include' || entry.aliasNode) continue;
      confEntries.push(entry);
      if (scopes.usesOf(entry).length > 0) added.add('include');
    }
  }
  // The new names must mean `django.urls`'s at every renamed call (`def section(path, view): url(…)`).
  const bindAt = Math.min(...confEntries.map((e) => e.statement.startIndex), ...renamed.map((n) => n.startIndex));
  let safety: FixSafety = 'safe';
  // Which start got which new text (a set, not a search of every edit per call: hundreds of url() calls).
  const written = new Set(edits.map((e) => `${e.start}:${e.text}`));
  for (const name of added) {
    if (name === 'include') continue;
    const verdict = scopes.renameSafety(name, `django.urls.${name}`, renamed.filter((node) => written.has(`${node.startIndex}:${name}`)), bindAt);
    if (verdict !== 'safe' && !keepNames && entries.length > 0) return 'keep names';
    if (verdict === null) return null;
    if (verdict === 'unsafe') safety = 'unsafe';
  }
  // A module import (`from django.conf import urls` + `urls.url(…)`): drop it when nothing else uses it.
  for (const reference of references) {
    if (reference.node.type !== 'attribute') continue;
    const moduleEntry = reference.importEntry;
    const uses = scopes.usesOf(moduleEntry);
    const urlUses = references.filter((r) => r.importEntry === moduleEntry && r.node.type === 'attribute').length;
    if (uses.length === urlUses && !confEntries.includes(moduleEntry)) confEntries.push(moduleEntry);
  }
  edits.push(...moveUrlImports(context, confEntries, added, aliased));
  const normalized = normalizedOrNull(edits);
  return normalized && { edits: normalized, typedUses, safety };
}

export default definePythonRule({
  id: 'conf-urls-url',
  title: '`django.conf.urls.url()` → `django.urls.path()`/`re_path()`',
  category: 'urls',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds imports and calls of `django.conf.urls.url()`.',
    why: '`url()` was an alias of `re_path()` since Django 2.0; Django 4.0 removed it, so URLconfs that use it fail to import.',
    fixSafety: 'A call whose regex `path()` can express with the same arguments (anchored with `^…$`, or `^…` before `include()`, with only `[^/]+`, `[-a-zA-Z0-9_]+` and `.+` groups) becomes `path()` with `str`, `slug` or `path` converters; any other becomes `re_path()`, which takes the same arguments. `include` moves to `django.urls` with it. Converting `[0-9]+`/`\\d+` and UUID groups to `<int:…>` and `<uuid:…>`, as django-upgrade does, is an unsafe fix offered on those calls: the view then receives an `int` or a `UUID` where the regex passed a string. Needs Django 2.0+.',
  },
  upstream: { djangoUpgrade: 'django_urls' },
  fix: 'safe',
  checklist: ['conf-urls-url'],
  truth: { removed: [urlName], replacements: ['django.urls.re_path', 'django.urls.path', 'django.urls.include'] },
  fixMinVersion: '2.0',
  triggers: ['url'],
  // Nothing is found unless every part of the path is a word (`mayName`).
  requires: pathWords([urlName]),
  check(context) {
    if (!mayName(context, urlName)) return;
    const entries = context.scopes.imports.filter((e) => e.qualifiedName === urlName);
    const references = referencesTo(context, urlName);
    const reported = references.filter((r) => r.node.type === 'attribute' || r.node.text === 'url');
    if (entries.length === 0 && reported.length === 0) return;
    const calls = urlCalls(context, references);
    const safe = urlEdits(context, calls, false);
    const typed = urlEdits(context, calls, true);
    const safeFix = safe && { title: 'Use `path()`/`re_path()` from `django.urls`', edits: safe.edits, safety: safe.safety };
    // The same rewrite with `<int:…>`/`<uuid:…>` converters, offered on the calls that would use them.
    const typedFix = typed && typed.typedUses.size > 0
      ? { title: 'Use `path()` with `<int:…>`/`<uuid:…>` from `django.urls` (views then receive an int or a UUID, not a string)', edits: typed.edits, safety: 'unsafe' as const }
      : null;
    for (const node of [...entries.map((e) => e.entry), ...reported.map((r) => r.node)]) {
      const fix = typedFix && typed!.typedUses.has(node.startIndex) ? typedFix : safeFix ?? undefined;
      context.report({ node, subject: '`django.conf.urls.url()`', advice: 'use `django.urls.path()` or `django.urls.re_path()`', fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.urls import re_path

          urlpatterns = [re_path(r"^$", index)]
        `,
      },
      {
        code: dedent`
          def url(pattern, view):
              return (pattern, view)

          urlpatterns = [url(r"^$", index)]
        `,
      },
      {
        code: dedent`
          from myproject.routing import url

          urlpatterns = [url(r"^$", index)]
        `,
      },
      {
        code: dedent`
          x = "django.conf.urls.url"  # url() from django.conf.urls
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import include, url

          urlpatterns = [
              url(r"^$", index),
              url(r"^blog/", include("blog.urls")),
              url(r"^(?P<slug>[-\w]+)/$", page),
          ]
        `,
        errors: [
          { line: 1, column: 39, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
          { line: 4, column: 5, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
          { line: 5, column: 5, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
          { line: 6, column: 5, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
        ],
        output: dedent`
          from django.urls import include, path, re_path

          urlpatterns = [
              path("", index),
              path("blog/", include("blog.urls")),
              re_path(r"^(?P<slug>[-\w]+)/$", page),
          ]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import url as u

          urlpatterns = [u(r"^$", index)]
        `,
        errors: [
          { line: 1, column: 30, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
        ],
        output: dedent`
          from django.urls import re_path as u

          urlpatterns = [u(r"^$", index)]
        `,
      },
      {
        code: dedent`
          from django.conf import urls
          from django.urls import path

          urlpatterns = [urls.url(r"^a/(?P<pk>\d+)/$", index), path("a/", a)]
        `,
        errors: [
          { line: 4, column: 16, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
        ],
        output: dedent`
          from django.urls import path

          urlpatterns = [path("a/<int:pk>/", index), path("a/", a)]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import url  # routing
          urlpatterns = [url(r"^about$", about), url(r"blog/$", blog)]
        `,
        errors: [
          { line: 1, column: 30, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
          { line: 2, column: 16, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
          { line: 2, column: 40, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
        ],
        output: dedent`
          from django.urls import path, re_path  # routing
          urlpatterns = [path("about", about), re_path(r"blog/$", blog)]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import url
          from django.urls import re_path

          urlpatterns = [url(r"^a/$", a), re_path(r"^b/(\d+)/$", b)]
        `,
        errors: [
          { line: 1, column: 30, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
          { line: 4, column: 16, message: '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`' },
        ],
        output: dedent`
          from django.urls import path
          from django.urls import re_path

          urlpatterns = [path("a/", a), re_path(r"^b/(\d+)/$", b)]
        `,
      },
    ],
  },
});
