// URLconf rules: string views in `url()`, the `prefix` argument of `i18n_patterns()`, inline
// regex flags in URL patterns, and re-registered path converters.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { addModuleImport } from '../../../engine/python-edits';
import type { Fix, TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { removeElement, normalizedOrNull } from '../../../engine/python-edits';
import { callArguments, callsTo, stringValue, urlPatternCalls } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

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

export const urlStringView: PythonRule = {
  id: 'url-string-view',
  title: 'String views in `url()` → callables',
  category: 'urls',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python'],
  docsUrl: deprecationNotes('1.8'),
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
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'from django.conf.urls import url\nfrom shop import views\n\nurlpatterns = [url(r"^$", views.index)]\n', filename: 'shop/urls.py' }],
    invalid: [
      {
        code: "from django.conf.urls import url\n\nurlpatterns = [\n    url(r'^$', 'shop.views.index', name='index'),\n    url(r'^login/$', 'django.contrib.auth.views.login'),\n]\n",
        filename: 'shop/urls.py',
        findings: 2,
        output:
          "from django.conf.urls import url\nimport django.contrib.auth.views\nimport shop.views\n\nurlpatterns = [\n    url(r'^$', shop.views.index, name='index'),\n    url(r'^login/$', django.contrib.auth.views.login),\n]\n",
      },
      {
        code: "from django.conf.urls import patterns, url\n\nurlpatterns = patterns('shop.views',\n    url(r'^$', 'index'),\n)\n",
        filename: 'shop/urls.py',
        findings: 1,
      },
    ],
  },
};

export const i18nPatternsPrefix: PythonRule = {
  id: 'i18n-patterns-prefix',
  title: '`i18n_patterns(prefix, …)` → `i18n_patterns(…)`',
  category: 'urls',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `i18n_patterns()` calls whose first argument is a view prefix string, like `patterns()` took.',
    why: 'Django 1.10 takes only URL patterns; the prefix string is treated as a pattern and the URLconf fails to load.',
    fixSafety: 'Safe: drops an empty prefix (`\'\'`) when every other argument is a `url()` call. A non-empty prefix applied to string views: the message says to import the views.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['i18n-patterns-prefix'],
  truth: { removedParameters: [{ symbol: 'django.conf.urls.i18n.i18n_patterns', name: 'prefix' }] },
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'from django.conf.urls.i18n import i18n_patterns\n\nurlpatterns = i18n_patterns(url(r"^about/$", about))\n', filename: 'urls.py' }],
    invalid: [
      {
        code: "from django.conf.urls import url\nfrom django.conf.urls.i18n import i18n_patterns\n\nurlpatterns = i18n_patterns('',\n    url(r'^about/$', about),\n)\n",
        filename: 'urls.py',
        findings: 1,
        output: "from django.conf.urls import url\nfrom django.conf.urls.i18n import i18n_patterns\n\nurlpatterns = i18n_patterns(url(r'^about/$', about),\n)\n",
      },
      { code: "from django.conf.urls.i18n import i18n_patterns\n\nurlpatterns = i18n_patterns('pages.views', (r'^about/$', 'about'))\n", filename: 'urls.py', findings: 1 },
    ],
  },
};

/** `(?i)`-style groups Django 1.11 stopped supporting in URL patterns (any group whose `?` is followed by one of these). */
const inlineFlag = /(?<!\\)(?:\\\\)*\(\?([iLmsu#])/;

export const urlRegexInlineFlags: PythonRule = {
  id: 'url-regex-inline-flags',
  title: 'Inline flags in URL regexes',
  category: 'urls',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  languages: ['python'],
  docsUrl: deprecationNotes('1.11'),
  docs: {
    what: 'Finds `url()`/`re_path()` patterns with inline flag groups: `(?i)`, `(?L)`, `(?m)`, `(?s)`, `(?u)` and `(?#…)` comments.',
    why: 'Django 2.1 cannot reverse such patterns (`ValueError: Non-reversible reg-exp portion`); `(?i)` for case-insensitive URLs was the only useful one.',
    fixSafety: 'No automatic fix: spell out the cases a pattern accepts (`[Aa]bout`) or redirect mixed-case URLs in a 404 handler.',
  },
  fix: 'none',
  checklist: ['url-regex-inline-flags'],
  truth: { note: 'a check of the regex text inside url() (django.utils.regex_helper), not a name' },
  check(context: PythonRuleContext) {
    for (const { positional, keywords, callee } of urlPatternCalls(context, ['django.conf.urls.url', 'django.urls.re_path', 'django.urls.conf.re_path'])) {
      const regex = positional[0] ?? keywords.get('regex')?.childForFieldName('value') ?? keywords.get('route')?.childForFieldName('value') ?? null;
      const value = stringValue(regex);
      const match = value === null ? null : inlineFlag.exec(value);
      if (!regex || !match) continue;
      context.report({
        node: regex,
        subject: `The inline flag group \`(?${match[1]}\` in a \`${callee.text.replace(/^.*\./, '')}()\` pattern`,
        advice: match[1] === 'i' ? 'match both cases explicitly (e.g. `[Aa]`) or redirect mixed-case URLs in a 404 handler' : 'remove it from the pattern',
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.urls import re_path\n\nurlpatterns = [re_path(r"^(?P<slug>[\\w-]+)/\\(?i\\)$", view)]\n', filename: 'urls.py' }],
    invalid: [
      { code: 'from django.conf.urls import url\n\nurlpatterns = [url(r"(?i)^about/$", about)]\n', filename: 'urls.py', findings: 1 },
      { code: 'from django.urls import re_path\n\nurlpatterns = [re_path(r"^x(?#legacy)/$", x)]\n', filename: 'urls.py', findings: 1 },
    ],
  },
};

const builtInConverters = ['int', 'path', 'slug', 'str', 'uuid'];

export const registerConverterOverride: PythonRule = {
  id: 'register-converter-override',
  title: '`register_converter()` must not replace a converter',
  category: 'urls',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  languages: ['python'],
  docsUrl: deprecationNotes('5.1'),
  docs: {
    what: 'Finds `register_converter()` calls that register a built-in converter name (`int`, `path`, `slug`, `str`, `uuid`) or a name the same module already registered.',
    why: 'Django 6.0 raises `ValueError` when a converter name is registered twice; 5.1 only warned.',
    fixSafety: 'No automatic fix: the converter needs a new name, and the patterns that use it must change too.',
  },
  fix: 'none',
  checklist: ['register-converter-override'],
  truth: { replacements: ['django.urls.converters.register_converter'], note: 'the change is a check inside register_converter(), not a name' },
  check(context: PythonRuleContext) {
    const seen = new Set<string>();
    for (const { call } of callsTo(context, ['django.urls.register_converter', 'django.urls.converters.register_converter'])) {
      const { positional, keywords } = callArguments(call);
      const nameNode = positional[1] ?? keywords.get('type_name')?.childForFieldName('value') ?? null;
      const name = stringValue(nameNode);
      if (!nameNode || name === null) continue;
      if (builtInConverters.includes(name) || seen.has(name)) {
        context.report({
          node: nameNode,
          subject: `Registering the path converter \`${name}\` again`,
          advice: builtInConverters.includes(name) ? `give your converter its own name (the built-in \`${name}\` converter cannot be replaced)` : 'give each converter its own name',
        });
      }
      seen.add(name);
    }
  },
  examples: {
    valid: [{ code: 'from django.urls import register_converter\n\nregister_converter(FourDigitYearConverter, "yyyy")\n', filename: 'urls.py' }],
    invalid: [
      { code: 'from django.urls import register_converter\n\nregister_converter(LooseSlugConverter, "slug")\n', filename: 'urls.py', findings: 1 },
      { code: 'from django.urls import converters\n\nconverters.register_converter(A, "yyyy")\nconverters.register_converter(B, "yyyy")\n', filename: 'urls.py', findings: 1 },
    ],
  },
};
