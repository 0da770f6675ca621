import type { PythonRuleContext } from '../../engine/lint';
import { normalizeEdits } from '../../engine/apply-fixes';
import { moveUrlImports, removeImportEntries } from '../../engine/python-edits';
import type { ImportEntry } from '../../engine/python-scopes';
import type { Node } from 'web-tree-sitter';
import type { FixSafety, TextEdit } from '../../engine/types';
import { releaseNotes } from '../docs-links';
import { convertUrlCall } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

interface PathRewrite {
  /** The edits, or null when the rewrite cannot be done safely. */
  edits: TextEdit[] | null;
  safety: FixSafety;
  reports: Array<{ node: Node; subject: string; advice: string }>;
  /** The starts of the `re_path` uses whose route gets `<int:…>` or `<uuid:…>`. */
  typedUses: Set<number>;
}

/** Every `re_path()` that converts (with `typed` converters or not) and `include` from `django.conf.urls`. */
function pathEdits(context: PythonRuleContext, typed: boolean): PathRewrite {
  const { scopes, text } = context;
  const edits: TextEdit[] = [];
  const added = new Set<string>();
  const renamed: Node[] = [];
  const typedUses = new Set<number>();
  const reports: PathRewrite['reports'] = [];
  for (const entry of scopes.imports) {
    if (entry.module !== 'django.urls' || entry.importedName !== 're_path' || entry.aliasNode) continue;
    const uses = scopes.usesOf(entry);
    let converted = 0;
    for (const use of uses) {
      const call = use.node.parent;
      if (call?.type !== 'call' || call.childForFieldName('function')?.startIndex !== use.node.startIndex) continue;
      const conversion = convertUrlCall(context, call, typed);
      if (!conversion.edit) continue;
      converted++;
      if (conversion.typed) typedUses.add(use.node.startIndex);
      edits.push(conversion.edit, { start: use.node.startIndex, end: use.node.endIndex, text: 'path' });
      added.add('path');
      renamed.push(use.node);
      reports.push({ node: use.node, subject: 'A `re_path()` pattern', advice: 'use `path()`: the regex only uses what its converters express' });
    }
    if (converted > 0 && converted === uses.length) edits.push(...removeImportEntries(text, entry.statement, [entry.entry]));
  }
  const confUrlUsed = scopes.imports.some((e) => e.qualifiedName === 'django.conf.urls.url');
  const includes: ImportEntry[] = confUrlUsed
    ? []
    : scopes.imports.filter((e) => e.module === 'django.conf.urls' && e.importedName === 'include' && !e.aliasNode && e.scope === scopes.moduleScope);
  for (const entry of includes) {
    if (scopes.usesOf(entry).length > 0) added.add('include');
    reports.push({ node: entry.entry, subject: '`include` from `django.conf.urls`', advice: 'import it from `django.urls`' });
  }
  // `path` must mean `django.urls.path` at every renamed call (not `os.path`, not a parameter).
  const verdict = renamed.length ? scopes.renameSafety('path', 'django.urls.path', renamed, Math.min(...renamed.map((n) => n.startIndex))) : 'safe';
  if (reports.length === 0 || verdict === null) return { edits: null, safety: 'safe', reports, typedUses };
  edits.push(...moveUrlImports(context, includes, added, []));
  try {
    return { edits: normalizeEdits(edits), safety: verdict, reports, typedUses };
  } catch {
    return { edits: null, safety: 'safe', reports, typedUses };
  }
}

export default definePythonRule({
  id: 'urls-path-syntax',
  title: '`re_path()` → `path()` where the regex allows; `include` from `django.urls`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  docsUrl: releaseNotes('2.0', 'simplified-url-routing-syntax'),
  docs: {
    what: 'Finds `re_path()` calls whose regex `path()` can express, and `include` imported from `django.conf.urls` (django-upgrade: `django_urls`, the part that is not about the removed `url()`).',
    why: 'Django 2.0\'s `path()` syntax is simpler to read than regexes; `django.conf.urls.include` is a re-export of `django.urls.include`.',
    fixSafety: 'The same conversion as `conf-urls-url`: to `str`, `slug` and `path` converters it is safe; to `<int:…>` and `<uuid:…>` it is an unsafe fix, since the view then receives an `int`/`UUID` where the regex passed a string. Needs Django 2.0+.',
  },
  upstream: { djangoUpgrade: 'django_urls' },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '2.0',
  truth: { replacements: ['django.urls.path', 'django.urls.include'], note: 'a modernisation: re_path() and django.conf.urls.include stay' },
  triggers: ['re_path', 'include'],
  check(context) {
    const safe = pathEdits(context, false);
    const typed = pathEdits(context, true);
    if (typed.reports.length === 0) return;
    const safeFix = safe.edits && { title: 'Use `path()` and `django.urls`', edits: safe.edits, safety: safe.safety };
    // With `<int:…>`/`<uuid:…>` too, offered on the calls that need them: the view's argument changes type.
    const typedFix = typed.edits && typed.typedUses.size > 0
      ? { title: 'Use `path()` with `<int:…>`/`<uuid:…>` (views then receive an int or a UUID, not a string)', edits: typed.edits, safety: 'unsafe' as const }
      : null;
    for (const report of typed.reports) {
      const fix = typedFix && typed.typedUses.has(report.node.startIndex) ? typedFix : safeFix ?? undefined;
      context.report({ ...report, fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.urls import re_path

          urlpatterns = [re_path(r"^(?P<year>[0-9]{4})/$", archive)]
        `,
      },
      {
        code: dedent`
          from django.urls import include, path

          urlpatterns = [path("blog/", include("blog.urls"))]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.urls import re_path

          urlpatterns = [re_path(r"^posts/(?P<pk>[0-9]+)/$", post)]
        `,
        errors: [
          { line: 3, column: 16, message: 'A `re_path()` pattern: use `path()`: the regex only uses what its converters express' },
        ],
        output: dedent`
          from django.urls import path

          urlpatterns = [path("posts/<int:pk>/", post)]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import include
          from django.urls import re_path

          urlpatterns = [re_path(r"^blog/", include("blog.urls")), re_path(r"^y/(?P<y>[0-9]{4})/$", year)]
        `,
        errors: [
          { line: 1, column: 30, message: '`include` from `django.conf.urls`: import it from `django.urls`' },
          { line: 4, column: 16, message: 'A `re_path()` pattern: use `path()`: the regex only uses what its converters express' },
        ],
        output: dedent`
          from django.urls import include, path
          from django.urls import re_path

          urlpatterns = [path("blog/", include("blog.urls")), re_path(r"^y/(?P<y>[0-9]{4})/$", year)]
        `,
      },
    ],
  },
});
