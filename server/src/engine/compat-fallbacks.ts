// Compatibility fallbacks: code that runs only where a newer API is missing, such as
//
//     try:
//         from django.urls import reverse                    # Django 1.10+
//     except ImportError:
//         from django.core.urlresolvers import reverse       # runs only on Django < 1.10
//
//     model = f.remote_field.model if hasattr(f, "remote_field") else f.rel.to   # `f.rel.to`: < 1.9
//
// Once the project runs a release that has the new API, the fallback is dead code: a finding there
// is noise (the old API is used exactly where it still exists). This module finds such regions and
// gives each the release below which it can run, as `version-guards.ts` does for `django.VERSION`
// branches; the engine then drops findings there whose API still exists in every such release.
//
// What makes a fallback dead is knowing when the new API appeared: `modernNames` and
// `modernAttributes` list the ones compatibility code tests for, each proven against the real
// releases (test/engine/compat-fallbacks.test.ts), and the Python 3 standard library stands for
// "runs only on Python 2". A name not listed proves nothing: the fallback is then treated as live.
import type { Node, Tree } from 'web-tree-sitter';
import type { PythonScopes } from './python-scopes';
import type { VersionTuple } from './version-guards';

/**
 * Django names (modules, and names in modules) that legacy code imports in a `try:` and still exist
 * in the newest release, with the release that introduced them.
 */
export const modernNames: Readonly<Record<string, string>> = {
  'django.apps': '1.7',
  'django.apps.apps': '1.7',
  'django.apps.AppConfig': '1.7',
  'django.contrib.admin.utils': '1.7',
  'django.contrib.auth.get_user_model': '1.5',
  'django.contrib.contenttypes.fields': '1.7',
  'django.contrib.contenttypes.fields.GenericForeignKey': '1.7',
  'django.contrib.contenttypes.fields.GenericRelation': '1.7',
  'django.contrib.contenttypes.fields.GenericRel': '1.7',
  'django.core.exceptions.FieldDoesNotExist': '1.8',
  'django.db.backends.utils': '1.7',
  'django.db.migrations': '1.7',
  'django.db.models.JSONField': '3.1',
  'django.db.transaction.atomic': '1.6',
  'django.forms.boundfield': '1.9',
  'django.forms.boundfield.BoundField': '1.9',
  'django.forms.utils': '1.7',
  'django.forms.utils.flatatt': '1.7',
  'django.forms.utils.ErrorList': '1.7',
  'django.forms.utils.ErrorDict': '1.7',
  'django.template.context_processors': '1.8',
  'django.template.loader.get_template': '1.4',
  'django.urls': '1.10',
  'django.urls.NoReverseMatch': '1.10',
  'django.urls.resolve': '1.10',
  'django.urls.reverse': '1.10',
  'django.urls.reverse_lazy': '1.10',
  'django.urls.include': '2.0',
  'django.urls.path': '2.0',
  'django.urls.re_path': '2.0',
  'django.utils.deprecation.MiddlewareMixin': '1.10',
  'django.utils.encoding.force_str': '1.5',
  'django.utils.encoding.smart_str': '1.4',
  'django.utils.functional.keep_lazy': '1.10',
  'django.utils.functional.keep_lazy_text': '1.10',
  'django.utils.module_loading.import_string': '1.7',
  'django.utils.text.slugify': '1.5',
  'django.utils.timezone': '1.4',
  'django.utils.timezone.now': '1.4',
};

/**
 * Modules Django added whole (most by renaming an older one: `admin.util` became `admin.utils` in
 * 1.7), with their release: a name imported from one counts from that release when it is not
 * listed by itself above.
 */
export const modernModules: Readonly<Record<string, string>> = {
  'django.contrib.admin.utils': '1.7',
  'django.contrib.auth.hashers': '1.4',
  'django.contrib.contenttypes.admin': '1.7',
  'django.contrib.contenttypes.fields': '1.7',
  'django.contrib.contenttypes.forms': '1.7',
  'django.contrib.sites.requests': '1.7',
  'django.contrib.sites.shortcuts': '1.7',
  'django.db.backends.utils': '1.7',
  'django.forms.utils': '1.7',
};

/**
 * Attributes of Django objects that compatibility code tests for (`hasattr(f, "remote_field")`,
 * `try: f.remote_field … except AttributeError:`), with the release that introduced them and the
 * source file of that release that assigns or defines them (what the test proves).
 */
export const modernAttributes: Readonly<Record<string, { since: string; definedIn: string; pattern: string }>> = {
  remote_field: { since: '1.9', definedIn: 'django/db/models/fields/__init__.py', pattern: 'self\\.remote_field = ' },
  related_model: { since: '1.8', definedIn: 'django/db/models/fields/__init__.py', pattern: '\\n    related_model = None' },
  get_fields: { since: '1.8', definedIn: 'django/db/models/options.py', pattern: 'def get_fields\\(' },
  get_source_expressions: { since: '1.8', definedIn: 'django/db/models/expressions.py', pattern: 'def get_source_expressions\\(' },
  atomic: { since: '1.6', definedIn: 'django/db/transaction.py', pattern: '\\ndef atomic\\(' },
  // The admin's ChangeList (`try: cl.queryset except AttributeError: cl.query_set`, django-import-export 0.5).
  queryset: { since: '1.6', definedIn: 'django/contrib/admin/views/main.py', pattern: 'self\\.queryset = self\\.get_queryset\\(request\\)' },
};

/**
 * Attributes Django removed that compatibility code tests for before using them
 * (`if hasattr(field, "rel"): field.rel.to`): such a use runs only where the attribute exists. Only
 * these count: in `hasattr(request, "user") and request.user.is_authenticated()` the test is
 * about `user`, and the finding about `is_authenticated()` starts at the same place.
 */
export const removedAttributes: ReadonlySet<string> = new Set([
  'rel', 'related', 'get_all_related_objects', 'get_all_related_many_to_many_objects', 'get_field_by_name',
  'get_all_field_names', 'virtual_fields', 'has_auto_field', 'MIDDLEWARE_CLASSES', 'TEMPLATE_DIRS',
  'TEMPLATE_DEBUG', 'TEMPLATE_LOADERS', 'TEMPLATE_CONTEXT_PROCESSORS', 'is_ajax', 'raw_post_data', 'REQUEST',
]);

/**
 * Python 3 standard-library modules, and the ones of them Python 2.7 has too. An import from one
 * of them always succeeds on Python 3, so its `except ImportError:` runs only on Python 2 (Django
 * older than 2.0); from the ones Python 2.7 has, only on Python 2.6 (Django older than 1.7).
 */
const python27Modules = new Set([
  'abc', 'argparse', 'base64', 'calendar', 'cgi', 'codecs', 'collections', 'contextlib', 'copy', 'csv', 'datetime',
  'decimal', 'difflib', 'email', 'errno', 'fnmatch', 'functools', 'gettext', 'glob', 'gzip', 'hashlib', 'heapq', 'hmac',
  'importlib', 'inspect', 'io', 'itertools', 'json', 'locale', 'logging', 'math', 'mimetypes', 'operator', 'os', 'random',
  're', 'shutil', 'signal', 'socket', 'sqlite3', 'string', 'struct', 'subprocess', 'sys', 'tempfile', 'textwrap',
  'threading', 'time', 'traceback', 'types', 'unicodedata', 'unittest', 'uuid', 'warnings', 'weakref', 'xml', 'zipfile', 'zlib',
]);
const python3OnlyModules = new Set([
  'asyncio', 'builtins', 'concurrent', 'configparser', 'enum', 'html', 'http', 'ipaddress', 'pathlib', 'queue',
  'reprlib', 'secrets', 'selectors', 'statistics', 'typing', 'urllib', 'zoneinfo', 'dataclasses', 'contextvars',
]);
/** Names in those modules that Python 2.7 lacks (their import fails on Python 2.7 too). */
const python3OnlyNames = new Set(['unittest.mock', 'functools.lru_cache', 'urllib.parse', 'urllib.request', 'urllib.error', 'html.parser', 'itertools.zip_longest', 'collections.abc', 'io.StringIO']);

/** What kind of compatibility fallback a region is (the modernisation rule says it in its message). */
export type CompatFallbackKind =
  /** The `except ImportError:` of a `try:` whose imports exist on the project's release. */
  | 'import-fallback'
  /** The `except AttributeError:` of a `try:` that uses an attribute the project's release has. */
  | 'attribute-fallback'
  /** An import of an old name whose `ImportError` is handled by a fallback that needs no old Django. */
  | 'handled-import'
  /** `x.old` in `if hasattr(x, "old"): … else: …`: it runs only where `x.old` exists, and the other branch after. */
  | 'hasattr-guarded'
  /** A South migration: South runs only on Django older than 1.7. */
  | 'south-migration'
  /** The `except NameError:` of a `try:` whose only maybe-unbound names are imported by `try: from <new Django name> import …`. */
  | 'name-error-fallback';

export interface CompatFallback {
  kind: CompatFallbackKind;
  start: number;
  end: number;
  /** The region runs only on Django releases older than this one; [0, 0] when it never fails. */
  below: VersionTuple;
  /** The statement holding the region (`try_statement`, `if_statement`…), when there is one. */
  statement?: Node;
  /** What proves the region dead: the new name, or the attribute tested. */
  evidence: string;
}

const never: VersionTuple = [0, 0];

export function tupleOf(version: string): VersionTuple {
  const [major, minor] = version.split('.').map(Number);
  return [major, minor ?? 0];
}

const later = (a: VersionTuple, b: VersionTuple): VersionTuple => (a[0] !== b[0] ? (a[0] > b[0] ? a : b) : a[1] >= b[1] ? a : b);

const named = (node: Node | null): Node[] => (node ? node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment') : []);

/** The dotted names an import statement imports ("m.n" for `from m import n`, "a.b" for `import a.b`); null for relative or star imports. */
function importedPaths(statement: Node): string[] | null {
  if (statement.type === 'import_statement') {
    return named(statement).map((item) => (item.type === 'aliased_import' ? item.childForFieldName('name')?.text ?? '' : item.text));
  }
  if (statement.type !== 'import_from_statement') return null;
  const module = statement.childForFieldName('module_name');
  if (!module || module.type !== 'dotted_name') return null;
  if (named(statement).some((c) => c.type === 'wildcard_import')) return null;
  const names = statement.childrenForFieldName('name').filter((c): c is Node => c !== null);
  return names.map((item) => `${module.text}.${item.type === 'aliased_import' ? item.childForFieldName('name')?.text ?? '' : item.text}`);
}

/** The names an import statement binds. */
function boundNames(statement: Node): string[] {
  if (statement.type === 'import_statement') {
    return named(statement).map((item) => (item.type === 'aliased_import' ? item.childForFieldName('alias')?.text ?? '' : item.text.split('.')[0]));
  }
  return statement
    .childrenForFieldName('name')
    .filter((c): c is Node => c !== null)
    .map((item) => (item.type === 'aliased_import' ? item.childForFieldName('alias')?.text ?? '' : item.text));
}

/** The release from which importing `path` always succeeds; null when unknown. */
export function importableFrom(path: string): VersionTuple | null {
  const since = modernNames[path] ?? modernModules[path] ?? modernModules[path.split('.').slice(0, -1).join('.')];
  if (since) return tupleOf(since);
  const top = path.split('.')[0];
  const twoParts = path.split('.').slice(0, 2).join('.');
  if (python3OnlyModules.has(top) || python3OnlyNames.has(twoParts)) return [2, 0];
  if (python27Modules.has(top)) return [1, 7];
  return null;
}

/** The exception names an `except` clause catches; null for a bare `except:`. */
function caughtNames(clause: Node): string[] | null {
  let value = clause.childForFieldName('value');
  if (!value) {
    const first = named(clause)[0];
    if (!first || first.type === 'block') return null;
    value = first;
  }
  if (value.type === 'as_pattern') value = named(value)[0] ?? null;
  if (!value) return null;
  if (value.type === 'tuple' || value.type === 'parenthesized_expression') return named(value).map((n) => n.text.split('.').pop()!);
  return [value.text.split('.').pop()!];
}

const handlerBody = (clause: Node): Node | null => named(clause).find((c) => c.type === 'block') ?? null;

function statementsOf(block: Node | null): Node[] {
  return named(block);
}

/** Attribute names the statements read or write (`x.name`), outside nested functions and classes. */
function attributeNames(nodes: Node[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: Node) => {
    if (node.type === 'function_definition' || node.type === 'class_definition') return;
    if (node.type === 'attribute') {
      const attribute = node.childForFieldName('attribute');
      if (attribute) names.add(attribute.text);
    }
    for (const child of named(node)) visit(child);
  };
  nodes.forEach(visit);
  return names;
}

/** Names a handler binds: assignments, imports, definitions (not inside nested scopes). */
function namesBoundBy(nodes: Node[]): Set<string> {
  const names = new Set<string>();
  for (const statement of nodes) {
    if (statement.type === 'import_statement' || statement.type === 'import_from_statement') boundNames(statement).forEach((n) => names.add(n));
    else if (statement.type === 'function_definition' || statement.type === 'class_definition') {
      const name = statement.childForFieldName('name');
      if (name) names.add(name.text);
    } else if (statement.type === 'expression_statement') {
      for (const assignment of named(statement)) {
        if (assignment.type !== 'assignment') continue;
        const left = assignment.childForFieldName('left');
        for (const target of left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? named(left) : left ? [left] : []) {
          if (target.type === 'identifier') names.add(target.text);
        }
      }
    }
  }
  return names;
}

/** Whether code refers to Django (an import from it, or a name that resolves into it). */
function usesDjango(nodes: Node[], scopes: () => PythonScopes): boolean {
  for (const node of nodes) {
    if (!/\bdjango\b/.test(node.text) && !named(node).length) continue;
    const stack = [node];
    while (stack.length) {
      const current = stack.pop()!;
      if (current.type === 'import_statement' || current.type === 'import_from_statement') {
        if (/^\s*(from|import)\s+django\b/.test(current.text)) return true;
        continue;
      }
      if (current.type === 'identifier' && (scopes().qualifiedNameOf(current) ?? '').split('.')[0] === 'django') return true;
      stack.push(...named(current));
    }
  }
  return false;
}

function tryStatementFallbacks(statement: Node, scopes: () => PythonScopes, out: CompatFallback[]): void {
  const body = statement.childForFieldName('body');
  const tried = statementsOf(body);
  const clauses = named(statement).filter((c) => c.type === 'except_clause');
  if (!body || !tried.length || !clauses.length) return;
  const imports = tried.filter((s) => s.type === 'import_statement' || s.type === 'import_from_statement');
  const onlyImports = imports.length === tried.length;
  if (statement.text.includes('NameError')) nameErrorFallbacks(statement, tried, clauses, scopes(), out);
  // `except ImportError:` after imports that succeed from a known release on.
  if (imports.length) {
    let bound: VersionTuple | null = [0, 0];
    let evidence = '';
    for (const statement of imports) {
      const paths = importedPaths(statement);
      for (const path of paths ?? [null]) {
        const from = path === null ? null : importableFrom(path);
        if (!from || !bound) {
          bound = null;
          break;
        }
        if (!evidence || later(from, bound) !== bound) evidence = path!;
        bound = later(from, bound);
      }
      if (!bound) break;
    }
    if (bound && (bound[0] > 0 || bound[1] > 0)) {
      for (const clause of clauses) {
        const caught = caughtNames(clause);
        const catchesImport = caught === null || caught.some((n) => n === 'ImportError' || n === 'ModuleNotFoundError' || n === 'Exception');
        // A bare `except:` (or `except Exception:`) may catch something else the body raises.
        if (!catchesImport || ((caught === null || caught.includes('Exception')) && !onlyImports)) continue;
        const block = handlerBody(clause);
        if (block) out.push({ kind: 'import-fallback', start: block.startIndex, end: block.endIndex, below: bound, statement, evidence });
      }
    }
  }
  // `except AttributeError:` after a body that uses a new attribute, in a few statements.
  if (tried.length <= 3) {
    let bound: VersionTuple | null = null;
    let evidence = '';
    for (const name of attributeNames(tried)) {
      const modern = modernAttributes[name];
      if (modern && (!bound || later(tupleOf(modern.since), bound) !== bound)) {
        bound = tupleOf(modern.since);
        evidence = name;
      }
    }
    if (bound) {
      for (const clause of clauses) {
        if (!(caughtNames(clause) ?? []).includes('AttributeError')) continue;
        const block = handlerBody(clause);
        if (block) out.push({ kind: 'attribute-fallback', start: block.startIndex, end: block.endIndex, below: bound, statement, evidence });
      }
    }
  }
  // An old Django import whose failure a handler makes good without Django (by assigning or importing
  // the same names: a function defined there may do less than Django's did): the import is harmless.
  if (onlyImports && tried.every((s) => /^\s*(from|import)\s+django\b/.test(s.text))) {
    const wanted = imports.flatMap(boundNames);
    for (const clause of clauses) {
      const caught = caughtNames(clause);
      if (!(caught ?? []).some((n) => n === 'ImportError' || n === 'ModuleNotFoundError')) continue;
      const handler = statementsOf(handlerBody(clause));
      // `name = other.name` binds a replacement; `name = None` only a placeholder that fails later.
      const replacement = (a: Node) => a.type === 'assignment' && ['identifier', 'attribute'].includes(a.childForFieldName('right')?.type ?? '');
      const simple = handler.every((s) => s.type === 'import_statement' || s.type === 'import_from_statement' || (s.type === 'expression_statement' && named(s).every(replacement)));
      if (!handler.length || !simple || usesDjango(handler, scopes)) continue;
      const bound = namesBoundBy(handler);
      if (wanted.every((name) => bound.has(name))) {
        out.push({ kind: 'handled-import', start: body.startIndex, end: body.endIndex, below: never, statement, evidence: wanted.join(', ') });
      }
    }
  }
}

/** Whether what starts at `offset` runs unconditionally at module level: no block (of a `try`, `if`, loop, `with`, function) around it. */
function isUnconditional(root: Node, offset: number): boolean {
  for (let node = root.descendantForIndex(offset)?.parent ?? null; node && node.type !== 'module'; node = node.parent) if (node.type === 'block') return false;
  return true;
}

/**
 * The release from which a module-level name is certainly bound, when every binding of it is an
 * import of a new Django name (or module) in the body of a `try:` at module level, as in
 * `try: from django.apps import apps` / `except ImportError: pass`; null when unknown.
 */
function conditionalImportBound(scopes: PythonScopes, name: string): VersionTuple | null {
  const bindings = scopes.moduleScope.bindings.get(name) ?? [];
  if (!bindings.length) return null;
  let bound: VersionTuple | null = null;
  for (const binding of bindings) {
    const entry = binding.importEntry;
    if (!entry) return null;
    const statement = entry.statement;
    const block = statement.parent;
    const tryStatement = block?.parent;
    if (block?.type !== 'block' || tryStatement?.type !== 'try_statement' || !isUnconditional(tryStatement.tree.rootNode, tryStatement.startIndex)) return null;
    if (tryStatement.childForFieldName('body')?.startIndex !== block.startIndex) return null;
    const from = importableFrom(entry.qualifiedName);
    if (!from) return null;
    bound = bound ? later(bound, from) : from;
  }
  return bound;
}

/** The identifiers the statements read (not attribute names, keyword names or assignment targets), outside nested scopes. */
function namesRead(nodes: Node[]): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (['function_definition', 'class_definition', 'lambda'].includes(node.type)) return;
    if (node.type === 'identifier') {
      const parent = node.parent;
      const field = (name: string) => parent?.childForFieldName(name)?.startIndex === node.startIndex;
      if (parent?.type === 'attribute' && field('attribute')) return;
      if (parent?.type === 'keyword_argument' && field('name')) return;
      if ((parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && field('left') && parent.type === 'assignment') return;
      if (parent?.type === 'pattern_list' || parent?.type === 'tuple_pattern') return;
      found.push(node);
      return;
    }
    for (const child of named(node)) visit(child);
  };
  nodes.forEach(visit);
  return found;
}

/**
 * `try: <uses of apps>` / `except NameError:  # Django < 1.7` where the module binds `apps` only by
 * `try: from django.apps import apps` / `except ImportError: pass`: the handler runs only where that
 * import failed. Every name the body reads must be certainly bound (a local, a builtin, an
 * unconditional module binding) or bound by such an import; the handler's bound is the latest of them.
 */
function nameErrorFallbacks(statement: Node, tried: Node[], clauses: Node[], scopes: PythonScopes, out: CompatFallback[]): void {
  const handlers = clauses.filter((clause) => (caughtNames(clause) ?? []).includes('NameError'));
  if (!handlers.length) return;
  let bound: VersionTuple | null = null;
  let evidence = '';
  for (const identifier of namesRead(tried)) {
    const binding = scopes.lookup(identifier.text, scopes.scopeAt(identifier.startIndex), identifier.startIndex);
    const moduleBindings = scopes.moduleScope.bindings.get(identifier.text) ?? [];
    // A builtin, or a name of the enclosing function: not what the handler is about.
    if (!binding || !moduleBindings.includes(binding)) continue;
    const from = conditionalImportBound(scopes, identifier.text);
    if (from) {
      if (!bound || later(from, bound) !== bound) evidence = moduleBindings[0].importEntry!.qualifiedName;
      bound = bound ? later(bound, from) : from;
      continue;
    }
    // Bound otherwise only in some branch: the handler may run on any release.
    if (!moduleBindings.some((b) => isUnconditional(statement.tree.rootNode, b.start))) return;
  }
  if (!bound) return;
  for (const clause of handlers) {
    const block = handlerBody(clause);
    if (block) out.push({ kind: 'name-error-fallback', start: block.startIndex, end: block.endIndex, below: bound, statement, evidence });
  }
}

/** `hasattr(x, "name")`: the object's text and the attribute name. */
export function hasattrCall(node: Node | null): { object: Node; name: string } | null {
  if (node?.type !== 'call') return null;
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'identifier' || fn.text !== 'hasattr') return null;
  const args = named(node.childForFieldName('arguments'));
  if (args.length !== 2 || args[1].type !== 'string') return null;
  const content = named(args[1]).filter((c) => c.type === 'string_content');
  if (content.length !== 1 || !/^[A-Za-z_]\w*$/.test(content[0].text) || named(args[1]).some((c) => c.type === 'interpolation')) return null;
  return { object: args[0], name: content[0].text };
}

/** The release a false `hasattr(x, "new")` implies the running Django is older than. */
export function hasattrBound(node: Node, negated: boolean): VersionTuple | null {
  if (!negated) return null;
  const call = hasattrCall(node);
  const modern = call && modernAttributes[call.name];
  return modern ? tupleOf(modern.since) : null;
}

/** `x.name` (and `getattr(x, "name")`) inside the branch of `if hasattr(x, "name"):`. */
function hasattrGuardedAccesses(tree: Tree, text: string, out: CompatFallback[]): void {
  if (!text.includes('hasattr')) return;
  const positives = (condition: Node | null): Array<{ object: string; name: string }> => {
    while (condition?.type === 'parenthesized_expression') condition = named(condition)[0] ?? null;
    if (!condition) return [];
    const call = hasattrCall(condition);
    if (call) return [{ object: call.object.text, name: call.name }];
    if (condition.type === 'boolean_operator' && condition.childForFieldName('operator')?.type === 'and') {
      return [...positives(condition.childForFieldName('left')), ...positives(condition.childForFieldName('right'))];
    }
    return [];
  };
  const mark = (region: Node | null, tests: Array<{ object: string; name: string }>) => {
    if (!region || !tests.length) return;
    const stack = [region];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type === 'attribute') {
        const object = node.childForFieldName('object');
        const attribute = node.childForFieldName('attribute');
        const test = tests.find((t) => t.name === attribute?.text && t.object === object?.text && removedAttributes.has(t.name));
        if (test) out.push({ kind: 'hasattr-guarded', start: node.startIndex, end: node.endIndex, below: never, evidence: `${test.object}.${test.name}` });
      }
      stack.push(...named(node));
    }
  };
  // Only where another branch takes over once the attribute is gone: `hasattr(r, "is_ajax") and
  // r.is_ajax()` alone silently turns false on the release that removed it, which is worth a finding.
  for (const statement of tree.rootNode.descendantsOfType(['if_statement', 'conditional_expression'])) {
    if (!statement) continue;
    if (statement.type === 'if_statement') {
      if (!statement.childrenForFieldName('alternative').some((a) => a !== null)) continue;
      mark(statement.childForFieldName('consequence'), positives(statement.childForFieldName('condition')));
    } else {
      const [value, condition] = named(statement);
      mark(value ?? null, positives(condition ?? null));
    }
  }
}

/** A South migration (`from south.v2 import SchemaMigration`): South runs only on Django < 1.7. */
function southMigration(tree: Tree, text: string, out: CompatFallback[]): void {
  if (!/\bsouth\b/.test(text)) return;
  for (const statement of named(tree.rootNode)) {
    if (statement.type === 'import_from_statement' && /^south\.(v2|db)$/.test(statement.childForFieldName('module_name')?.text ?? '')) {
      out.push({ kind: 'south-migration', start: 0, end: text.length, below: [1, 7], evidence: statement.text });
      return;
    }
  }
}

/** The compatibility fallbacks of a Python module. */
export function compatFallbacks(tree: Tree, scopes: () => PythonScopes, text: string): CompatFallback[] {
  const out: CompatFallback[] = [];
  if (/\b(ImportError|ModuleNotFoundError|AttributeError|NameError)\b/.test(text)) {
    for (const statement of tree.rootNode.descendantsOfType('try_statement')) if (statement) tryStatementFallbacks(statement, scopes, out);
  }
  hasattrGuardedAccesses(tree, text, out);
  southMigration(tree, text, out);
  return out;
}

/**
 * The edit that replaces `statement` (a `try` statement) by the statements of `keep` (its body, or
 * one handler's block) at the statement's indentation; null where that cannot be written plainly:
 * a block on the header's line, a multi-line string inside (its lines must not move), or a `try`
 * with an `else`/`finally` clause or other handlers.
 */
export function keepBlockEdit(text: string, statement: Node, keep: Node): { start: number; end: number; text: string } | null {
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number) => {
    const newline = text.indexOf('\n', offset);
    return newline === -1 ? text.length : newline + 1;
  };
  const clauses = named(statement).filter((c) => c.type !== 'block' && c.type !== 'comment');
  if (clauses.length !== 1 || clauses[0].type !== 'except_clause') return null;
  if (lineStart(keep.startIndex) === lineStart(statement.startIndex) || lineStart(keep.startIndex) === lineStart(keep.parent!.startIndex)) return null;
  if (keep.descendantsOfType('string').some((s) => s !== null && s.text.includes('\n'))) return null;
  const indent = /^[ \t]*/.exec(text.slice(lineStart(statement.startIndex)))![0];
  const lines = text.slice(lineStart(keep.startIndex), lineEnd(keep.endIndex)).split(/(?<=\n)/);
  const width = Math.min(...lines.filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => /^[ \t]*/.exec(l)![0].length));
  if (!Number.isFinite(width) || width < indent.length) return null;
  const kept = lines.map((l) => (l.trim() ? indent + l.slice(Math.min(width, /^[ \t]*/.exec(l)![0].length)) : l.replace(/^[ \t]+/, ''))).join('');
  const end = lineEnd(statement.endIndex);
  // The replaced lines end with a line break unless they end the file without one.
  const replaced = text.slice(lineStart(statement.startIndex), end);
  return { start: lineStart(statement.startIndex), end, text: /\n$/.test(replaced) ? kept.replace(/\n?$/, '\n') : kept.replace(/\r?\n$/, '') };
}
