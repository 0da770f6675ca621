// The query layer: what rules ask of a Python module, one name per concept. Rules import their
// questions from here (and their edits from python-edits.ts), never from another rule.
//
// Queries that look for something by name start from the offsets of that word in the text
// (`context.tokens`) and ask tree-sitter only for the nodes there (`descendantForIndex`), so a
// rule costs what its anchors cost, not a walk of the whole tree through the wasm boundary.
// Names resolve through the import-aware scopes (python-scopes.ts): `qualifiedNameOf`. Values
// computed once per file for every rule live in `context.memo`.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from './lint';
import type { ImportEntry, Reference } from './python-scopes';
import { wordCharacter } from './tokens';
import type { TextEdit } from './types';

// ---------------------------------------------------------------------------------------------
// Names

/** Django objects by dotted path ("django.db.models.Model"), or patterns of dotted paths. */
export type ClassMatcher = ReadonlyArray<string | RegExp>;

export function splitQualifiedName(qualifiedName: string): [string, string] {
  const dot = qualifiedName.lastIndexOf('.');
  return [qualifiedName.slice(0, dot), qualifiedName.slice(dot + 1)];
}

/** The last part of a dotted name ("ugettext" of "django.utils.translation.ugettext"). */
export function lastName(qualifiedName: string): string {
  return qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);
}

/**
 * Whether the resolved name `qualifiedName` is the Django object whose defining path is `canonical`:
 * the same path, or the same name re-exported by a parent package (`django.forms.Widget` is
 * `django.forms.widgets.Widget`, `django.views.generic.FormView` is `django.views.generic.edit.FormView`).
 */
export function namesDjangoObject(qualifiedName: string, canonical: string): boolean {
  if (qualifiedName === canonical) return true;
  const i = qualifiedName.lastIndexOf('.');
  const j = canonical.lastIndexOf('.');
  if (i < 0 || j < 0 || qualifiedName.slice(i + 1) !== canonical.slice(j + 1)) return false;
  const module = qualifiedName.slice(0, i);
  const canonicalModule = canonical.slice(0, j);
  return module.startsWith('django.') && canonicalModule.startsWith(`${module}.`);
}

/** `prefix` is `name` or a package or object above it ("django.db" of "django.db.models"). */
function isPartPrefix(prefix: string, name: string): boolean {
  return name === prefix || name.startsWith(`${prefix}.`);
}

/** What an import binds, as the scopes read it (`ImportEntry`), without them. */
export interface ImportBinding {
  /** The name bound: the alias, the imported name, or "a" for `import a.b`. */
  localName: string;
  /** The full dotted path the entry names ("m.n", "a.b"). */
  qualifiedName: string;
  /** What the bound name refers to ("m.n", "a.b" aliased, "a" for `import a.b`). */
  boundQualifiedName: string;
}

/**
 * The memos that follow from the import statements' text alone (and from the tree being without
 * syntax errors, which the incremental check asks besides): every import statement lies in some
 * top-level statement's context signature (incremental-check.ts `contextOf`), so a check that
 * leaves those as they were keeps these memos from the last check (`CheckSession.kept`) instead of
 * reading every import statement again (0.1 of a 5,000-line keystroke's 1 ms check in process).
 * They hold names, no nodes or offsets.
 */
export const contextMemoKeys: ReadonlySet<string> = new Set(['import-bindings', 'imported-names']);

/**
 * Every import of the module, read from the import statements alone (found from the word
 * `import`): a few nodes instead of the scopes' walk of the whole tree. Null when the tree has
 * syntax errors (a statement may then lack its keyword). Equals what the scopes read
 * (test/engine/import-bindings.test.ts).
 */
export function importBindings(context: PythonRuleContext): readonly ImportBinding[] | null {
  return context.memo('import-bindings', () => {
    const root = context.tree.rootNode;
    if (root.hasError) return null;
    const found: ImportBinding[] = [];
    let last = -1;
    for (const offset of context.tokens.offsetsInFile('import')) {
      const statement = root.descendantForIndex(offset, offset + 'import'.length)?.parent;
      if (!statement || (statement.type !== 'import_statement' && statement.type !== 'import_from_statement') || statement.startIndex === last) continue;
      last = statement.startIndex;
      const isFrom = statement.type === 'import_from_statement';
      const module = isFrom ? (statement.childForFieldName('module_name')?.text.replace(/\s+/g, '') ?? null) : null;
      for (const entry of statement.childrenForFieldName('name')) {
        if (!entry) continue;
        const aliased = entry.type === 'aliased_import';
        const nameNode = aliased ? entry.childForFieldName('name') : entry;
        if (!nameNode) continue;
        const importedName = nameNode.text.replace(/\s+/g, '');
        const qualifiedName = module ? `${module}.${importedName}` : importedName;
        const alias = aliased ? entry.childForFieldName('alias') : null;
        const localName = alias ? alias.text : isFrom ? importedName : importedName.split('.')[0];
        found.push({ localName, qualifiedName, boundQualifiedName: alias || isFrom ? qualifiedName : localName });
      }
    }
    return found;
  });
}

/** The names the module's imports bind (`importBindings`), or null when only the scopes know. */
function importedNames(context: PythonRuleContext): ReadonlySet<string> | null {
  return context.memo('imported-names', () => {
    const bindings = importBindings(context);
    return bindings && new Set(bindings.map((b) => b.localName));
  });
}

/**
 * Whether an import can make a use in the module resolve to `qualifiedName` (a use is a name an
 * import binds, and attributes after it), or names it or something inside it. False is known
 * from the import statements alone (`importBindings`), without building the scopes.
 */
export function importsMayName(context: PythonRuleContext, qualifiedName: string): boolean {
  if (!mayName(context, qualifiedName)) return false;
  const bindings = importBindings(context);
  return (
    bindings === null ||
    bindings.some((b) => isPartPrefix(qualifiedName, b.qualifiedName) || b.boundQualifiedName === qualifiedName || (isPartPrefix(b.boundQualifiedName, qualifiedName) && isAccessed(context, nextPart(b.boundQualifiedName, qualifiedName))))
  );
}

/** Whether an import names `qualifiedName` or something inside it (`from m.sub import x`), from the import statements alone. */
export function importsWithin(context: PythonRuleContext, qualifiedName: string): boolean {
  if (!mayName(context, qualifiedName)) return false;
  const bindings = importBindings(context);
  return bindings === null || bindings.some((b) => isPartPrefix(qualifiedName, b.qualifiedName));
}

/** The part of `name` after `prefix` (a strict part-prefix of it): "models" of "django.db" in "django.db.models.Model". */
function nextPart(prefix: string, name: string): string {
  const rest = name.slice(prefix.length + 1);
  const dot = rest.indexOf('.');
  return dot < 0 ? rest : rest.slice(0, dot);
}

/** Whether some attribute access spells `.name` (a use through a bound package reaches its parts so). */
function isAccessed(context: PythonRuleContext, name: string): boolean {
  return context.memo(`accessed:${name}`, () => {
    for (const offset of context.tokens.offsetsInFile(name)) {
      const node = nodeAtWord(context, offset, name);
      if (node?.type === 'identifier' && isAttributeName(node)) return true;
    }
    return false;
  });
}

/**
 * Whether a use can resolve to a name `namesDjangoObject` matches with `canonical`: the bound name
 * is above the canonical path, or is a re-export of its last name by a Django package above it.
 */
function mayResolveTo(context: PythonRuleContext, bound: string, canonical: string): boolean {
  // A use through a package above it spells the next part, or (a re-export) the last one, as an attribute.
  if (bound !== canonical && isPartPrefix(bound, canonical)) return isAccessed(context, nextPart(bound, canonical)) || isAccessed(context, lastName(canonical));
  return namesDjangoObject(bound, canonical);
}

/** Whether a resolved name is one of the Django objects `matcher` lists (paths, with re-exports, or patterns). */
export function namesAny(qualifiedName: string | null, matcher: ClassMatcher): boolean {
  if (qualifiedName === null) return false;
  return matcher.some((m) => (typeof m === 'string' ? namesDjangoObject(qualifiedName, m) : m.test(qualifiedName)));
}

/**
 * Whether something in the module can resolve to one of `matcher`'s names: a resolved name is
 * spelled by the words of the text (its import, the attribute accesses after it), and one of
 * Django's names matches only with its last part (`namesDjangoObject`), so that word must occur;
 * and it is the name an import binds with attributes after it, so an import must lead to it
 * (`importBindings`). False is known without building the scopes. A pattern may match anything.
 */
export function mayNameAny(context: PythonRuleContext, matcher: ClassMatcher): boolean {
  if (!matcher.some((m) => typeof m !== 'string' || context.tokens.has(lastName(m)))) return false;
  // A resolved name is an import's bound name with attributes after it: one must lead to a match.
  const bindings = importBindings(context);
  return bindings === null || matcher.some((m) => typeof m !== 'string' || bindings.some((b) => mayResolveTo(context, b.boundQualifiedName, m)));
}

/** The qualified name an identifier or attribute expression refers to through the imports, or null. */
export function qualifiedNameOf(context: PythonRuleContext, node: Node | null): string | null {
  // Only a name an import binds resolves: where no import binds the innermost identifier of the
  // expression (`self.x`, `request.GET`), null without building the scopes.
  const imported = importedNames(context);
  if (imported && node) {
    let base: Node | null = node;
    for (let depth = 0; base?.type === 'attribute' && depth < 100; depth++) base = base.childForFieldName('object');
    if (base?.type !== 'attribute' && (base?.type !== 'identifier' || !imported.has(base.text))) return null;
  }
  return context.scopes.qualifiedNameOf(node);
}

/**
 * Whether the module can name `qualifiedName` through its imports: every part of the dotted path
 * is a word of the text, as an import of it (or of a module above it, `from django.utils import
 * timezone`) and the attribute accesses after it (`timezone.utc`) spell each part. False means no
 * import entry or reference can resolve to it, and is known without building the scopes.
 */
export function mayName(context: PythonRuleContext, qualifiedName: string): boolean {
  return qualifiedName.split('.').every((part) => context.tokens.has(part));
}

/** Uses of exactly `qualifiedName` (identifiers bound by an import, and attribute accesses on them). */
export function referencesTo(context: PythonRuleContext, qualifiedName: string): Reference[] {
  if (!importsMayName(context, qualifiedName)) return [];
  return context.scopes.referencesTo(qualifiedName);
}

/** The import entries that name exactly one of `qualifiedNames`. */
export function importsOf(context: PythonRuleContext, qualifiedNames: readonly string[]): ImportEntry[] {
  if (!qualifiedNames.some((name) => importsWithin(context, name))) return [];
  return context.scopes.imports.filter((entry) => qualifiedNames.includes(entry.qualifiedName));
}

/** Whether the module imports anything from one of the (dotted) module prefixes. */
export function importsFrom(context: PythonRuleContext, prefixes: readonly string[]): boolean {
  return context.scopes.imports.some((entry) =>
    prefixes.some((prefix) => entry.qualifiedName === prefix || entry.qualifiedName.startsWith(`${prefix}.`) || (entry.module !== null && (entry.module === prefix || entry.module.startsWith(`${prefix}.`)))),
  );
}

// ---------------------------------------------------------------------------------------------
// Anchors: nodes found from the words of the text

/** The node that spans exactly the word at `offset` (an identifier, a keyword…), or null. */
function nodeAtWord(context: PythonRuleContext, offset: number, word: string): Node | null {
  const node = context.tree.rootNode.descendantForIndex(offset, offset + word.length);
  return node && node.startIndex === offset && node.endIndex === offset + word.length ? node : null;
}

/** Every identifier spelled `name`, in the order of the text (uses, targets, attribute and keyword names alike). */
export function identifiersSpelled(context: PythonRuleContext, name: string): Node[] {
  return context.memo(`identifiers:${name}`, () => {
    const found: Node[] = [];
    for (const offset of context.tokens.offsets(name)) {
      const node = nodeAtWord(context, offset, name);
      if (node?.type === 'identifier') found.push(node);
    }
    return found;
  });
}

/** Whether `node` is the `.name` part of an attribute access. */
export function isAttributeName(node: Node): boolean {
  const parent = node.parent;
  return parent?.type === 'attribute' && sameNode(parent.childForFieldName('attribute'), node);
}

/**
 * Identifiers named `name` that are the module's name (not `x.name`, not `f(name=…)`), except the
 * nodes in `except`: uses, `+=` targets and other assignment targets alike.
 */
export function identifiersNamed(context: PythonRuleContext, name: string, except: readonly Node[] = []): Node[] {
  return identifiersSpelled(context, name).filter((node) => {
    const parent = node.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === node.startIndex) return false;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === node.startIndex) return false;
    return !except.some((e) => e.startIndex === node.startIndex);
  });
}

/** Nodes of the same range (tree-sitter hands out a new object for every lookup). */
export function sameNode(a: Node | null | undefined, b: Node | null | undefined): boolean {
  return !!a && !!b && a.startIndex === b.startIndex && a.endIndex === b.endIndex;
}

/** Statements and definitions opened by a keyword (`class`, `import`…), in the order of the text. */
function keywordNodes(context: PythonRuleContext, keyword: string, parentType: string): Node[] {
  return context.memo(`keyword:${keyword}:${parentType}`, () => {
    const found: Node[] = [];
    for (const offset of context.tokens.offsets(keyword)) {
      const node = nodeAtWord(context, offset, keyword);
      if (!node || node.type !== keyword) continue;
      const parent = node.parent;
      if (parent?.type === parentType && parent.startIndex === offset) found.push(parent);
    }
    return found;
  });
}

// ---------------------------------------------------------------------------------------------
// Calls

export interface CallArguments {
  /** The `argument_list`, or null (a call with a generator argument has none). */
  list: Node | null;
  positional: Node[];
  /** Keyword arguments by name. */
  keywords: Map<string, Node>;
  /** `*args` or `**kwargs` among the arguments. */
  hasSplat: boolean;
}

/** The arguments of a call: positional ones in order, keyword ones by name. */
export function callArguments(call: Node): CallArguments {
  const list = call.childForFieldName('arguments');
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  let hasSplat = false;
  if (list && list.type === 'argument_list') {
    for (const child of list.namedChildren) {
      if (!child || child.type === 'comment') continue;
      if (child.type === 'keyword_argument') {
        const name = child.childForFieldName('name');
        if (name) keywords.set(name.text, child);
      } else if (child.type === 'list_splat' || child.type === 'dictionary_splat') {
        hasSplat = true;
      } else {
        positional.push(child);
      }
    }
  }
  return { list, positional, keywords, hasSplat };
}

/** The call whose callee is exactly `node`, or null. */
export function callOf(node: Node): Node | null {
  const parent = node.parent;
  return parent?.type === 'call' && sameNode(parent.childForFieldName('function'), node) ? parent : null;
}

/** The expression an identifier ends: the attribute access it is the `.name` of, else the identifier. */
function expressionEndingAt(identifier: Node): Node {
  const parent = identifier.parent;
  return parent?.type === 'attribute' && sameNode(parent.childForFieldName('attribute'), identifier) ? parent : identifier;
}

export interface Call {
  call: Node;
  /** The callee expression: an identifier or an attribute access. */
  callee: Node;
  /** What the callee resolves to. */
  qualifiedName: string;
}

/**
 * Calls of the Django callables `canonicals` (through the imports, re-exports by parent packages
 * included), in the order of the text. Anchored on the callables' last names. With `wanted`, calls
 * it rejects are dropped before their callees are resolved (which may build the scopes).
 */
export function callsTo(context: PythonRuleContext, canonicals: readonly string[], wanted?: (call: Node) => boolean): Call[] {
  const found: Call[] = [];
  // Whatever the import (the path, a parent package that re-exports it, an alias), it spells the
  // callable's first and last names.
  const spelled = (canonical: string) => context.tokens.has(canonical.split('.')[0]) && context.tokens.has(lastName(canonical));
  if (!canonicals.some(spelled)) return found;
  // A call spells the callable's last name (`url(…)`, `urls.url(…)`), unless an import aliased it
  // (`from django.conf.urls import url as u`): then the call spells the alias.
  const anchors = new Set(canonicals.map(lastName));
  // Without a call spelling a last name, and without `name as …` in the text, there is nothing to
  // resolve: the scopes are not built.
  const called = [...anchors].some((name) => callSites(context, name).some((site) => site.call !== null));
  if (!called && !context.memo(`aliased:${[...anchors].join(',')}`, () => spellsAlias(context, anchors))) return found;
  if (!mayNameAny(context, canonicals)) return found;
  for (const entry of importBindings(context) ?? context.scopes.imports) if (namesAny(entry.boundQualifiedName, canonicals)) anchors.add(entry.localName);
  const candidates: CallSite[] = [];
  for (const name of anchors) {
    for (const site of callSites(context, name)) if (site.call && (!wanted || wanted(site.call))) candidates.push(site);
  }
  for (const site of candidates) {
    if (site.qualifiedName === undefined) site.qualifiedName = qualifiedNameOf(context, site.callee);
    const { qualifiedName } = site;
    if (qualifiedName !== null && namesAny(qualifiedName, canonicals)) found.push({ call: site.call!, callee: site.callee, qualifiedName });
  }
  return found.sort(byPosition((c) => c.call));
}

/** An identifier, the expression it ends (`x.name` or itself) and the call of that expression. */
interface CallSite {
  callee: Node;
  call: Node | null;
  /** What the callee resolves to, once asked (undefined: not yet). */
  qualifiedName?: string | null;
}

/**
 * Every identifier spelled `name` as a possible callee, once per file: several rules ask `callsTo`
 * about the same names (`url`, `include`…), each reading a node, its parent and its call before.
 */
function callSites(context: PythonRuleContext, name: string): CallSite[] {
  return context.memo(`call-sites:${name}`, () =>
    identifiersSpelled(context, name).map((identifier) => {
      const callee = expressionEndingAt(identifier);
      return { callee, call: callOf(callee) };
    }),
  );
}

/**
 * What follows a name that an import aliases: `as`, after spaces, line continuations and comments.
 * A comment runs to the end of its line: with `#[^\n]*` free to end anywhere, a line of `#####`
 * after the name split into comments in 2^n ways before the search failed (a class attribute
 * `= Paginator` above a `######…` line hung the check; an `as` inside a comment is no alias).
 */
const aliasTail = /(?:\s|\\|#[^\n]*(?![^\n]))+as\b/y;

/**
 * Whether the text spells `name as` for one of `names` (an import that aliases it), with line
 * continuations and comments between: the text after each occurrence of the word, instead of a
 * search of the whole text (one per rule and check: 0.3 of a 5,000-line keystroke's 1.2 ms). The
 * same answer as `/\b(?:names)(?:\s|\\|#[^\n]*(?![^\n]))+as\b/` (test/engine/alias-spelled.test.ts):
 * where that matches, the name is a whole word, which the word index holds (it also holds words
 * after digits, `9url`, which `\b` rejects).
 */
export function spellsAlias(context: { text: string; tokens: { offsetsInFile(word: string): readonly number[] } }, names: Iterable<string>): boolean {
  const { text } = context;
  for (const name of names) {
    for (const offset of context.tokens.offsetsInFile(name)) {
      if (offset > 0 && wordCharacter.test(text[offset - 1])) continue;
      aliasTail.lastIndex = offset + name.length;
      if (aliasTail.test(text)) return true;
    }
  }
  return false;
}

/** `callsTo` with each call's arguments. */
export function callsWithArguments(context: PythonRuleContext, canonicals: readonly string[]): Array<Call & CallArguments> {
  // A call's arguments are read once per file, whichever rules ask (callers do not change them).
  const known = context.memo('call-arguments', () => new Map<string, CallArguments>());
  return callsTo(context, canonicals).map((call) => {
    const key = `${call.call.startIndex}:${call.call.endIndex}`;
    let args = known.get(key);
    if (!args) {
      args = callArguments(call.call);
      known.set(key, args);
    }
    return { ...call, ...args };
  });
}

export interface MethodCall {
  call: Node;
  /** The `receiver.name` attribute access. */
  callee: Node;
  receiver: Node;
  name: string;
  nameNode: Node;
}

/** Every `receiver.name(…)` call of the module with `name` in `names`, outer calls before inner ones. */
export function methodCalls(context: PythonRuleContext, names: Iterable<string>): MethodCall[] {
  const found: MethodCall[] = [];
  for (const name of new Set(names)) {
    for (const nameNode of identifiersSpelled(context, name)) {
      const callee = nameNode.parent;
      if (callee?.type !== 'attribute' || !sameNode(callee.childForFieldName('attribute'), nameNode)) continue;
      const receiver = callee.childForFieldName('object');
      const call = callOf(callee);
      if (receiver && call) found.push({ call, callee, receiver, name, nameNode });
    }
  }
  return found.sort(byPosition((c) => c.call));
}

/** Sorts by start, the enclosing node first (the order of a walk of the tree). */
function byPosition<T>(nodeOf: (item: T) => Node): (a: T, b: T) => number {
  return (a, b) => nodeOf(a).startIndex - nodeOf(b).startIndex || nodeOf(b).endIndex - nodeOf(a).endIndex;
}

/** `super()` or `super(Class, self)`. */
export function isSuperCall(node: Node): boolean {
  return node.type === 'call' && node.childForFieldName('function')?.text === 'super';
}

// ---------------------------------------------------------------------------------------------
// Classes

/** Every class definition of the module, nested ones included, in the order of the text. */
export function classDefinitions(context: PythonRuleContext): Node[] {
  return keywordNodes(context, 'class', 'class_definition');
}

/** The statements of a class body, comments left out. */
export function classBody(classNode: Node): Node[] {
  return (classNode.childForFieldName('body')?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
}

/** The positional base-class expressions of a class (not `metaclass=…`, not `*bases`). */
export function basesOf(classNode: Node): Node[] {
  return (classNode.childForFieldName('superclasses')?.namedChildren ?? []).filter(
    (n): n is Node => n !== null && n.type !== 'keyword_argument' && n.type !== 'comment' && n.type !== 'list_splat' && n.type !== 'dictionary_splat',
  );
}

export interface Assignment {
  /** The `expression_statement`. */
  statement: Node;
  /** The `assignment` or `augmented_assignment`. */
  assignment: Node;
  left: Node;
  right: Node | null;
}

/** `name = value` (and `name: T = value`) assignments directly in a class body. */
export function classAssignments(classNode: Node, name: string): Assignment[] {
  const found: Assignment[] = [];
  for (const statement of classNode.childForFieldName('body')?.namedChildren ?? []) {
    if (statement?.type !== 'expression_statement') continue;
    const assignment = statement.firstNamedChild;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    if (left?.type === 'identifier' && left.text === name) found.push({ statement, assignment, left, right: assignment.childForFieldName('right') });
  }
  return found;
}

/**
 * Every `name = value` assignment directly in a class body, with its class, in the order of the
 * text (`classAssignments` asks one class).
 */
export function attributeAssignments(context: PythonRuleContext, name: string): Array<Assignment & { classNode: Node }> {
  const found: Array<Assignment & { classNode: Node }> = [];
  for (const identifier of identifiersSpelled(context, name)) {
    const assignment = assignmentOfTarget(identifier, ['assignment']);
    const block = assignment?.statement.parent;
    const classNode = block?.type === 'block' ? block.parent : null;
    if (assignment && classNode?.type === 'class_definition') found.push({ ...assignment, classNode });
  }
  return found;
}

export interface Method {
  definition: Node;
  nameNode: Node;
  name: string;
}

/** Methods defined directly in a class body (decorated ones too), in order; only those called `name` when given. */
export function methodsOf(classNode: Node, name?: string): Method[] {
  const found: Method[] = [];
  for (let child of classNode.childForFieldName('body')?.namedChildren ?? []) {
    if (child?.type === 'decorated_definition') child = child.childForFieldName('definition');
    if (child?.type !== 'function_definition') continue;
    const nameNode = child.childForFieldName('name');
    if (nameNode && (name === undefined || nameNode.text === name)) found.push({ definition: child, nameNode, name: nameNode.text });
  }
  return found;
}

/** The method a class ends up with under `name` (the last definition), or null. */
export function methodNamed(classNode: Node, name: string): Node | null {
  return methodsOf(classNode, name).at(-1)?.definition ?? null;
}

/** The inner `class Meta:` of a class body, or null. */
export function metaClassOf(classNode: Node): Node | null {
  return classBody(classNode).find((s) => s.type === 'class_definition' && s.childForFieldName('name')?.text === 'Meta') ?? null;
}

/**
 * The resolved names of every class a class derives from (through classes of the module defined
 * before it, at any depth), computed once per class for all rules.
 */
function ancestorsOf(context: PythonRuleContext, classNode: Node): string[] {
  const ancestors = context.memo('class-ancestors', () => new Map<number, string[]>());
  const known = ancestors.get(classNode.startIndex);
  if (known) return known;
  ancestors.set(classNode.startIndex, []); // a cycle (class A(B) / class B(A)) ends here
  const found = new Set<string>();
  for (const base of basesOf(classNode)) {
    const qualifiedName = qualifiedNameOf(context, base);
    if (qualifiedName !== null) {
      found.add(qualifiedName);
      continue;
    }
    if (base.type !== 'identifier') continue;
    for (const local of classesNamed(context, base.text)) {
      if (local.startIndex < classNode.startIndex) for (const name of ancestorsOf(context, local)) found.add(name);
    }
  }
  const result = [...found];
  ancestors.set(classNode.startIndex, result);
  return result;
}

/** The class definitions of the whole module named `name` (an incremental check's region or not). */
function classesNamed(context: PythonRuleContext, name: string): Node[] {
  return context.memo(`classes-named:${name}`, () => {
    const found: Node[] = [];
    for (const offset of context.tokens.offsetsInFile(name)) {
      const node = context.tree.rootNode.descendantForIndex(offset, offset + name.length);
      const parent = node?.type === 'identifier' ? node.parent : null;
      if (parent?.type === 'class_definition' && sameNode(parent.childForFieldName('name'), node)) found.push(parent);
    }
    return found;
  });
}

/**
 * Whether a class derives from one of the Django classes `bases`: a base resolves to one through
 * the imports, or is a class of the module, defined before it, that does (any depth).
 */
export function derivesFrom(context: PythonRuleContext, classNode: Node, bases: ClassMatcher): boolean {
  if (!mayNameAny(context, bases)) return false;
  return ancestorsOf(context, classNode).some((qualifiedName) => namesAny(qualifiedName, bases));
}

/** The classes of the module that derive from one of `bases` (`derivesFrom`), in the order of the text. */
export function subclassesOf(context: PythonRuleContext, bases: ClassMatcher): Node[] {
  // Rules pass the same constant list every time: one answer per list and file.
  if (!mayNameAny(context, bases)) return [];
  return context.memo(bases, () => classDefinitions(context).filter((classNode) => derivesFrom(context, classNode, bases)));
}

/** The class a function is a method of (defined directly in its body), or null. */
export function classOfMethod(fn: Node): Node | null {
  let parent = fn.parent;
  if (parent?.type === 'decorated_definition') parent = parent.parent;
  if (parent?.type !== 'block') return null;
  return parent.parent?.type === 'class_definition' ? parent.parent : null;
}

/** The innermost function definition around `node` inside its class (null past a class definition). */
export function enclosingFunction(node: Node): Node | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition') return current;
    if (current.type === 'class_definition') return null;
  }
  return null;
}

/** The method whose body holds `node`, with its class: null outside methods. */
export function enclosingMethod(node: Node): { cls: Node; method: Node } | null {
  const method = enclosingFunction(node);
  const cls = method ? classOfMethod(method) : null;
  return method && cls ? { cls, method } : null;
}

export interface Parameter {
  node: Node;
  name: string;
  /** The default value, when the parameter has one. */
  default: Node | null;
  kind: 'positional' | 'args' | 'kwargs' | 'separator';
}

/** The parameters of a function definition, in order. */
export function parametersOf(fn: Node): Parameter[] {
  const list = fn.childForFieldName('parameters');
  const parameters: Parameter[] = [];
  for (const child of list?.namedChildren ?? []) {
    if (!child || child.type === 'comment') continue;
    switch (child.type) {
      case 'identifier':
        parameters.push({ node: child, name: child.text, default: null, kind: 'positional' });
        break;
      case 'typed_parameter': {
        const inner = child.namedChildren.find((n) => n !== null && n.type !== 'type') ?? null;
        if (inner?.type === 'list_splat_pattern') parameters.push({ node: child, name: inner.namedChildren[0]?.text ?? '', default: null, kind: 'args' });
        else if (inner?.type === 'dictionary_splat_pattern') parameters.push({ node: child, name: inner.namedChildren[0]?.text ?? '', default: null, kind: 'kwargs' });
        else parameters.push({ node: child, name: inner?.text ?? '', default: null, kind: 'positional' });
        break;
      }
      case 'default_parameter':
      case 'typed_default_parameter':
        parameters.push({ node: child, name: child.childForFieldName('name')?.text ?? '', default: child.childForFieldName('value'), kind: 'positional' });
        break;
      case 'list_splat_pattern':
        parameters.push({ node: child, name: child.namedChildren[0]?.text ?? '', default: null, kind: 'args' });
        break;
      case 'dictionary_splat_pattern':
        parameters.push({ node: child, name: child.namedChildren[0]?.text ?? '', default: null, kind: 'kwargs' });
        break;
      default:
        // `*` and `/` separators (keyword_separator, positional_separator)
        parameters.push({ node: child, name: child.text, default: null, kind: 'separator' });
    }
  }
  return parameters;
}

/** Whether an identifier with this name is used in a function body (as a name, not an attribute). */
export function usesName(fn: Node, name: string): boolean {
  const body = fn.childForFieldName('body');
  if (!body) return false;
  for (const identifier of body.descendantsOfType('identifier')) {
    if (!identifier || identifier.text !== name) continue;
    const parent = identifier.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === identifier.startIndex) continue;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === identifier.startIndex) continue;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Receivers: what an expression is known to be

/** `self` (for method names only Django's classes have, such as `self.assertRedirects(…)`). */
export function isSelf(_context: PythonRuleContext, receiver: Node): boolean {
  return receiver.type === 'identifier' && receiver.text === 'self';
}

/**
 * Whether `receiver` is `self`/`cls`/`super()` inside a method of a class deriving from `bases`,
 * so that the method called on it is the Django one (or an override of it).
 */
export function isSelfOfSubclass(context: PythonRuleContext, receiver: Node, bases: ClassMatcher): boolean {
  if (!(receiver.type === 'identifier' && (receiver.text === 'self' || receiver.text === 'cls')) && !isSuperCall(receiver)) return false;
  const owner = enclosingMethod(receiver);
  return owner !== null && derivesFrom(context, owner.cls, bases);
}

/**
 * Whether an expression is known to be an instance of a matched class: a direct constructor call,
 * or a name whose binding in its scope is `name = Class(...)`. With `subclasses` (classes of the
 * module deriving from the matched ones), their constructors count too, and so do `self` and
 * `super()` in their methods.
 */
export function isInstanceOf(context: PythonRuleContext, expression: Node | null, matcher: ClassMatcher, subclasses?: readonly Node[]): boolean {
  if (!expression || (!subclasses?.length && !mayNameAny(context, matcher))) return false;
  const node = unparenthesized(expression)!;
  const { scopes } = context;
  const isSubclass = (cls: Node | null | undefined) => !!cls && !!subclasses?.some((s) => s.startIndex === cls.startIndex);
  const localSubclassNames = new Set((subclasses ?? []).map((cls) => cls.childForFieldName('name')?.text));
  const isConstructorCall = (call: Node) => {
    const callee = call.childForFieldName('function');
    if (!callee) return false;
    if (namesAny(scopes.qualifiedNameOf(callee), matcher)) return true;
    return callee.type === 'identifier' && localSubclassNames.has(callee.text) && !scopes.qualifiedNameOf(callee);
  };
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    if (subclasses && callee?.type === 'identifier' && callee.text === 'super') return isSubclass(enclosingMethod(node)?.cls);
    return isConstructorCall(node);
  }
  if (node.type !== 'identifier') return false;
  if (subclasses && node.text === 'self' && isSubclass(enclosingMethod(node)?.cls)) return true;
  const binding = scopes.lookup(node.text, scopes.scopeAt(node.startIndex), node.startIndex);
  if (!binding || binding.importEntry) return false;
  const target = context.tree.rootNode.descendantForIndex(binding.start);
  const assignment = target?.parent;
  if (!target || target.type !== 'identifier' || assignment?.type !== 'assignment') return false;
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (!left || left.startIndex !== target.startIndex || !right) return false;
  const value = unparenthesized(right)!;
  return value.type === 'call' && isConstructorCall(value);
}

/** Receivers whose dotted text ends with one of `names` (`connection.ops`, `self.ops`), calls excepted. */
export function receiverNamed(...names: string[]): (context: PythonRuleContext, receiver: Node) => boolean {
  const pattern = new RegExp(`(^|\\.)(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
  return (_context, receiver) => receiver.type !== 'call' && pattern.test(receiver.text.replace(/\s+/g, ''));
}

/** Receivers that resolve to a Django object (`post_save` in `post_save.disconnect(…)`). */
export function receiverResolvesTo(canonicals: ClassMatcher): (context: PythonRuleContext, receiver: Node) => boolean {
  return (context, receiver) => mayNameAny(context, canonicals) && namesAny(qualifiedNameOf(context, receiver), canonicals);
}

/** A query chain on a model manager: `Model.objects…`, e.g. `City.objects.filter(x)`. */
export function managerChainReceiver(_context: PythonRuleContext, receiver: Node): boolean {
  let node: Node | null = receiver;
  while (node) {
    if (node.type === 'call') node = node.childForFieldName('function');
    else if (node.type === 'attribute') {
      if (node.childForFieldName('attribute')?.text === 'objects') return true;
      node = node.childForFieldName('object');
    } else return false;
  }
  return false;
}

/** `x._meta`. */
export function isMetaObject(object: Node): boolean {
  return object.type === 'attribute' && object.childForFieldName('attribute')?.text === '_meta';
}

/** Objects whose name says they are requests: `request`, `self.request`, `req`. */
export function isRequestExpression(node: Node | null): boolean {
  return node !== null && /(^|\.)(request|req)$/i.test(node.text.replace(/\s+/g, ''));
}

/** Attribute accesses `x.name`, in the order of the text. */
export function attributeAccesses(context: PythonRuleContext, name: string): Node[] {
  return identifiersSpelled(context, name).filter(isAttributeName).map((node) => node.parent!);
}

// ---------------------------------------------------------------------------------------------
// Module level: statements, assignments and settings

const moduleLevelContainers = new Set(['if_statement', 'try_statement', 'with_statement', 'else_clause', 'elif_clause', 'except_clause', 'finally_clause', 'block']);

/** Whether a statement runs at module level: directly in the module, or in module-level if/try/with blocks. */
export function isModuleLevel(statement: Node): boolean {
  for (let parent = statement.parent; parent; parent = parent.parent) {
    if (parent.type === 'module') return true;
    if (!moduleLevelContainers.has(parent.type)) return false;
  }
  return false;
}

/** The assignment statement an identifier is the single target of (`name = …`, `name += …`, `name: T = …`), or null. */
function assignmentOfTarget(identifier: Node, types: readonly string[]): Assignment | null {
  const assignment = identifier.parent;
  if (!assignment || !types.includes(assignment.type) || !sameNode(assignment.childForFieldName('left'), identifier)) return null;
  const statement = assignment.parent;
  if (statement?.type !== 'expression_statement' || !sameNode(statement.firstNamedChild, assignment)) return null;
  return { statement, assignment, left: identifier, right: assignment.childForFieldName('right') };
}

/** `NAME = value`, `NAME += value` and `NAME: T = value` statements at module level (`isModuleLevel`), in order. */
export function moduleAssignments(context: PythonRuleContext, name: string): Assignment[] {
  const found: Assignment[] = [];
  for (const identifier of identifiersSpelled(context, name)) {
    const assignment = assignmentOfTarget(identifier, ['assignment', 'augmented_assignment']);
    if (assignment && isModuleLevel(assignment.statement)) found.push(assignment);
  }
  return found;
}

/**
 * Where a settings module sets `NAME`: its module-level assignments (`moduleAssignments`), then the
 * `NAME = value` assignments of class-based settings (django-configurations' `class Base(Configuration):`):
 * module-level classes whose body holds more than one statement.
 */
export function settingAssignments(context: PythonRuleContext, name: string): Assignment[] {
  const classLevel: Assignment[] = [];
  for (const identifier of identifiersSpelled(context, name)) {
    const assignment = assignmentOfTarget(identifier, ['assignment']);
    const cls = assignment?.statement.parent?.type === 'block' ? assignment.statement.parent.parent : null;
    if (assignment && cls?.type === 'class_definition' && cls.parent?.type === 'module' && classBody(cls).length > 1) classLevel.push(assignment);
  }
  return [...moduleAssignments(context, name), ...classLevel];
}

/** `NAME = value` directly at module level (not nested in `if`/`try`), single target, plain `=`, no annotation. */
export function isPlainTopLevel(assignment: Assignment): boolean {
  return (
    assignment.assignment.type === 'assignment' &&
    assignment.statement.parent?.type === 'module' &&
    assignment.right !== null &&
    assignment.right.type !== 'assignment' &&
    !assignment.assignment.childForFieldName('type')
  );
}

/** Module-level `from x import *` statements (a settings module that extends another one). */
export function starImports(context: PythonRuleContext): Node[] {
  // From the scopes, which know the whole module (an incremental check's region or not); a text
  // without `import *` has none.
  if (!context.memo('star-import-spelled', () => /\bimport[\s\\]*\*/.test(context.text))) return [];
  return context.scopes.wildcardImports.filter((statement) => statement.parent?.type === 'module');
}

// ---------------------------------------------------------------------------------------------
// Literals

/** Parentheses around an expression do not change it. */
export function unparenthesized(node: Node | null): Node | null {
  let current = node;
  while (current?.type === 'parenthesized_expression' && current.namedChildCount === 1) current = current.firstNamedChild;
  return current;
}

/** The Python string value of a simple literal ('a', "a", r'a'); null for f-strings and concatenations. */
export function stringValue(node: Node | null): string | null {
  if (!node || node.type !== 'string') return null;
  const match = /^([rRuUbB]{0,2})('''|"""|'|")([\s\S]*)\2$/.exec(node.text);
  if (!match || /[fF]/.test(match[1])) return null;
  return /[rR]/.test(match[1]) ? match[3] : match[3].replace(/\\(['"\\])/g, '$1');
}

/** The value of a string literal, or of implicitly concatenated ones ("a" "b"), in parentheses or not; else null. */
export function literalString(node: Node | null): string | null {
  const value = unparenthesized(node);
  if (!value) return null;
  if (value.type === 'string') return stringValue(value);
  if (value.type === 'concatenated_string') {
    let result = '';
    for (const part of value.namedChildren) {
      const piece = stringValue(part);
      if (piece === null) return null;
      result += piece;
    }
    return result;
  }
  return null;
}

/** The quote a string literal opens with (after its prefix); of its first part for a concatenation. */
export function quoteOf(node: Node): string {
  return /['"]/.exec(node.text)?.[0] ?? "'";
}

/** The quote most string literals of the module use; single quotes on a tie. Reads every string: for fixes only. */
export function preferredQuote(context: PythonRuleContext): string {
  return context.memo('preferred-quote', () => {
    let single = 0;
    let double = 0;
    for (const node of context.tree.rootNode.descendantsOfType('string')) {
      if (!node) continue;
      if (quoteOf(node) === '"') double++;
      else single++;
    }
    return double > single ? '"' : "'";
  });
}

/** A Python literal for a plain string (no quotes, backslashes or control characters), or null. */
export function quoted(value: string, quote: string): string | null {
  return /^[^'"\\\x00-\x1f\x7f]*$/.test(value) ? `${quote}${value}${quote}` : null;
}

/** Python's `repr()` of a simple string, switched to double quotes when `quote` is `"` (django-upgrade's `str_repr_matching`). */
export function pythonRepr(value: string, quote: string): string {
  const useDouble = value.includes("'") && !value.includes('"');
  let body = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  let repr = useDouble ? `"${body}"` : `'${body.replace(/'/g, "\\'")}'`;
  if (quote === '"' && repr[0] !== '"') {
    body = repr.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"');
    repr = `"${body}"`;
  }
  return repr;
}

/** The dotted text of an expression without whitespace (e.g. "self.client.get"). */
export function dottedText(node: Node | null): string {
  return node ? node.text.replace(/\s+/g, '') : '';
}

/**
 * String literals of the module whose value is one of `values`, outside docstrings, bare string
 * statements and concatenations, in the order of the text. Anchored on each value's longest word.
 */
export function stringsEqualTo(context: PythonRuleContext, values: readonly string[]): Array<{ node: Node; value: string }> {
  const found = new Map<number, { node: Node; value: string }>();
  const consider = (node: Node | null) => {
    if (!node || node.type !== 'string' || found.has(node.startIndex)) return;
    const parentType = node.parent?.type;
    if (parentType === 'concatenated_string' || parentType === 'expression_statement') return;
    const value = stringValue(node);
    if (value !== null && values.includes(value)) found.set(node.startIndex, { node, value });
  };
  for (const value of new Set(values)) {
    const words = value.match(/[A-Za-z_][A-Za-z0-9_]*/g);
    if (!words) {
      // No word to anchor on: every string of the module.
      for (const node of context.tree.rootNode.descendantsOfType('string')) consider(node);
      continue;
    }
    const word = words.reduce((a, b) => (b.length > a.length ? b : a));
    for (const offset of context.tokens.offsets(word)) {
      // The word sits in a `string_content` (or an escape sequence in it) of the literal.
      let node: Node | null = context.tree.rootNode.descendantForIndex(offset, offset + word.length);
      for (let up = 0; node && node.type !== 'string' && up < 3; up++) node = node.parent;
      consider(node);
    }
  }
  return [...found.values()].sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** `key: value` pairs of a dict literal by their string key (the last one wins, as in Python). */
export function dictPairs(dict: Node | null): Map<string, { pair: Node; key: Node; value: Node }> {
  const pairs = new Map<string, { pair: Node; key: Node; value: Node }>();
  const node = unparenthesized(dict);
  if (node?.type !== 'dictionary') return pairs;
  for (const pair of node.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    const name = literalString(key);
    if (key && value && name !== null) pairs.set(name, { pair, key, value });
  }
  return pairs;
}

/** Elements of a list/tuple/set literal, comments left out. */
export function elementsOf(container: Node): Node[] {
  return container.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
}

// ---------------------------------------------------------------------------------------------
// Django's own call shapes: management commands and URL patterns

export interface CommandCall extends CallArguments {
  call: Node;
  list: Node;
  /** The command name argument. */
  name: Node;
}

/** `call_command("name", …)` calls; `positional` holds the arguments after the name. */
export function callCommandCalls(context: PythonRuleContext, command: string): CommandCall[] {
  const found: CommandCall[] = [];
  for (const { call } of callsTo(context, ['django.core.management.call_command'])) {
    const { list, positional, keywords, hasSplat } = callArguments(call);
    if (!list || positional.length === 0 || stringValue(positional[0]) !== command) continue;
    found.push({ call, list, name: positional[0], positional: positional.slice(1), keywords, hasSplat });
  }
  return found;
}

/** The URL pattern functions a view or a regex is given to. */
export const urlFunctions = ['django.conf.urls.url', 'django.urls.re_path', 'django.urls.conf.re_path', 'django.urls.path', 'django.urls.conf.path'];

/** Calls of `url()`, `re_path()` and `path()` (or of `functions`), with their arguments. */
export function urlPatternCalls(context: PythonRuleContext, functions: readonly string[] = urlFunctions): Array<Call & CallArguments> {
  return callsWithArguments(context, functions);
}

/** Calls of `include()` (`django.conf.urls.include` and `django.urls.include`), with their arguments. */
export function includeCalls(context: PythonRuleContext): Array<Call & CallArguments> {
  return callsWithArguments(context, ['django.conf.urls.include', 'django.urls.include', 'django.urls.conf.include']);
}

/**
 * URL patterns whose view is one of `views`: `url(regex, view, kwargs)`, `re_path`/`path`, and
 * string views (`'django.contrib.auth.views.login'`), with their extra-kwargs dict.
 */
export function urlPatternKwargs(context: PythonRuleContext, views: readonly string[]): Array<{ pattern: Node; view: Node; kwargs: Node }> {
  const found: Array<{ pattern: Node; view: Node; kwargs: Node }> = [];
  for (const { call, positional, keywords } of urlPatternCalls(context)) {
    const keyword = (name: string) => keywords.get(name)?.childForFieldName('value') ?? null;
    const view = positional[1] ?? keyword('view');
    const kwargs = positional[2] ?? keyword('kwargs');
    if (!view || kwargs?.type !== 'dictionary') continue;
    const viewName = qualifiedNameOf(context, view) ?? stringValue(view);
    if (viewName !== null && namesAny(viewName, views)) found.push({ pattern: call, view, kwargs });
  }
  return found;
}

// Regex URL patterns that `path()` can express, converted the way django-upgrade's `django_urls`
// fixer converts them: `^articles/(?P<year>[0-9]+)/$` → `articles/<int:year>/`.

const regexToConverter: Record<string, string> = {
  '[0-9]+': 'int',
  '\\d+': 'int',
  '.+': 'path',
  '[-a-zA-Z0-9_]+': 'slug',
  '[^/]+': 'str',
  '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}': 'uuid',
};

/**
 * Converters that hand the view something else than the string the regex captured (`int`, `UUID`):
 * a conversion that uses one changes what the view receives, so it is an unsafe fix.
 */
const typedConverters = new Set(['int', 'uuid']);

/**
 * The `path()` route for a regex, or null when it needs `re_path()`. Like django-upgrade, a regex
 * must end with `$` unless the pattern includes another URLconf; unlike it, it must also start
 * with `^`: `url()` searches an unanchored regex anywhere in the path, which `path()` cannot say.
 * With `typed` false, a group that needs `<int:…>` or `<uuid:…>` keeps the regex too.
 */
export function convertPathSyntax(regex: string, includeCalled: boolean, typed = true): string | null {
  if (!regex.startsWith('^')) return null;
  if (!(regex.endsWith('$') || includeCalled)) return null;
  let remaining = regex.slice(1);
  if (remaining.endsWith('$')) remaining = remaining.slice(0, -1);
  let route = '';
  const literals: string[] = [];
  while (remaining.includes('(?P<')) {
    const at = remaining.indexOf('(?P<');
    const prefix = remaining.slice(0, at);
    const rest = remaining.slice(at + 4);
    const close = rest.indexOf(')');
    if (close === -1) return null;
    const group = rest.slice(0, close);
    remaining = rest.slice(close + 1);
    const gt = group.indexOf('>');
    if (gt === -1) return null;
    const name = group.slice(0, gt);
    const converter = regexToConverter[group.slice(gt + 1)];
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || !converter || (!typed && typedConverters.has(converter))) return null;
    literals.push(prefix);
    route += `${prefix}<${converter}:${name}>`;
  }
  literals.push(remaining);
  route += remaining;
  if (!literals.every((literal) => /^(?:[a-zA-Z0-9_\-/:]|\\\.)*$/.test(literal))) return null;
  return route.replace(/\\\./g, '.');
}

export interface UrlCallConversion {
  /** "path" when the pattern converts, else "re_path". */
  name: 'path' | 're_path';
  /** The edit of the pattern string, when it converts. */
  edit?: TextEdit;
  /** The route uses `<int:…>` or `<uuid:…>`: the view receives an int or a UUID where it received a string. */
  typed?: boolean;
}

/**
 * How a `url(…)`/`re_path(…)` call converts. The pattern is its first positional argument: a
 * string, or a string wrapped in a call of `gettext_lazy` (under any name it is imported as).
 * With `typed` false, only to routes whose converters hand the view the same string.
 */
export function convertUrlCall(context: PythonRuleContext, call: Node, typed = true, pattern = urlCallPattern(context, call)): UrlCallConversion {
  if (!pattern) return { name: 're_path' };
  const route = convertPathSyntax(pattern.value, pattern.includeCalled, typed);
  if (route === null) return { name: 're_path' };
  const edit = { start: pattern.node.startIndex, end: pattern.node.endIndex, text: pythonRepr(route, quoteOf(pattern.node)) };
  return { name: 'path', edit, typed: convertPathSyntax(pattern.value, pattern.includeCalled, false) === null };
}

/** What `convertUrlCall` reads of a `url()` call: the regex literal, its value, whether the view is `include(…)`. */
export interface UrlCallPattern {
  node: Node;
  value: string;
  includeCalled: boolean;
}

/** The regex of a `url()` call that `path()` might express (a rule converting twice reads it once), or null. */
export function urlCallPattern(context: PythonRuleContext, call: Node): UrlCallPattern | null {
  const { positional, list } = callArguments(call);
  const first = list?.namedChildren.find((n) => n !== null && n.type !== 'comment');
  if (!first || positional.length === 0 || first.startIndex !== positional[0].startIndex) return null;
  let patternNode: Node | null = first;
  if (first.type === 'call') {
    const callee = first.childForFieldName('function');
    const inner = callArguments(first);
    patternNode = callee?.type === 'identifier' && qualifiedNameOf(context, callee) === 'django.utils.translation.gettext_lazy' ? inner.positional[0] ?? null : null;
  }
  // A string or implicitly concatenated strings, not in parentheses.
  const value = patternNode?.type === 'string' || patternNode?.type === 'concatenated_string' ? literalString(patternNode) : null;
  if (!patternNode || value === null) return null;
  const second = positional[1];
  const secondCallee = second?.type === 'call' ? second.childForFieldName('function') : null;
  const includeCalled = secondCallee?.type === 'identifier' && secondCallee.text === 'include';
  return { node: patternNode, value, includeCalled };
}

// ---------------------------------------------------------------------------------------------
// Django's classes that several rules need

/** Database backends' `DatabaseOperations` classes (base, built-in backends, GIS). */
export const backendOperations: ClassMatcher = [/^django\.(contrib\.gis\.)?db\.backends\.[\w.]*Operations$/];

// ---------------------------------------------------------------------------------------------
// Words the rules look for inside strings, dicts and compound identifiers (found from the word)

/**
 * String literals that spell `word` (in their text or an interpolation), in the order of the text,
 * docstrings and parts of implicit concatenations included: found from the word's offsets instead
 * of every string of the module.
 */
export function stringsSpelling(context: PythonRuleContext, word: string): Node[] {
  const found = new Map<number, Node>();
  for (const offset of context.tokens.offsets(word)) {
    // The word sits in a `string_content` (or an escape sequence or interpolation in it) of the literal.
    let node: Node | null = context.tree.rootNode.descendantForIndex(offset, offset + word.length);
    for (let up = 0; node && node.type !== 'string' && up < 3; up++) node = node.parent;
    if (node?.type === 'string' && !found.has(node.startIndex)) found.set(node.startIndex, node);
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex);
}

/**
 * Every string literal whose value starts with `prefix`, with that value, in the order of the
 * text (`stringsSpelling` of the prefix's longest word, which such a literal always spells).
 */
export function stringsStartingWith(context: PythonRuleContext, prefix: string): Array<{ node: Node; value: string }> {
  const words = prefix.match(/[A-Za-z_][A-Za-z0-9_]*/g);
  if (!words) throw new Error(`stringsStartingWith: no word in ${prefix}`);
  const word = words.reduce((a, b) => (b.length > a.length ? b : a));
  const found: Array<{ node: Node; value: string }> = [];
  for (const node of stringsSpelling(context, word)) {
    const value = stringValue(node);
    if (value !== null && value.startsWith(prefix)) found.push({ node, value });
  }
  return found;
}

/**
 * The `string_content` parts of string literals where `word` follows `before` (`py` after
 * `django-admin.`) in the same part, in the order of the text, found from the word's offsets: the
 * part to edit when a rule rewrites a word inside a longer string.
 */
export function stringContentsSpelling(context: PythonRuleContext, word: string, before = ''): Node[] {
  const found = new Map<number, Node>();
  for (const offset of context.tokens.offsets(word)) {
    if (context.text.slice(offset - before.length, offset) !== before) continue;
    let node: Node | null = context.tree.rootNode.descendantForIndex(offset, offset + word.length);
    if (node?.type === 'escape_sequence') node = node.parent;
    if (node?.type === 'string_content' && node.startIndex <= offset - before.length && !found.has(node.startIndex)) found.set(node.startIndex, node);
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex);
}

const insideDictPair = new Set(['string_content', 'escape_sequence', 'string', 'concatenated_string', 'parenthesized_expression']);

/**
 * Dict literals with a pair whose key or value is a string spelling `word` (`{"BACKEND": "…PyLibMCCache"}`,
 * `{"SERIALIZE": False}`), in the order of the text, found from the word's offsets instead of
 * every dict of the module.
 */
export function dictionariesSpelling(context: PythonRuleContext, word: string): Node[] {
  const found = new Map<number, Node>();
  for (const offset of context.tokens.offsets(word)) {
    let node: Node | null = context.tree.rootNode.descendantForIndex(offset, offset + word.length);
    while (node && insideDictPair.has(node.type)) node = node.parent;
    const dict = node?.type === 'pair' ? node.parent : null;
    if (dict?.type === 'dictionary' && !found.has(dict.startIndex)) found.set(dict.startIndex, dict);
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex);
}

/**
 * Identifiers whose word ends with `suffix` (`author__isnull`, `book_set`), in the order of the
 * text: words no trigger word spells, found by one regex over the text (the rule's
 * `triggerPattern` has already said the file holds one).
 */
export function identifiersEndingWith(context: PythonRuleContext, suffix: string): Node[] {
  const found: Node[] = [];
  const pattern = new RegExp(`(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*${suffix}(?![A-Za-z0-9_])`, 'g');
  for (const match of context.text.matchAll(pattern)) {
    const start = match.index!;
    const end = start + match[0].length;
    const node = context.tree.rootNode.descendantForIndex(start, end);
    if (node?.type === 'identifier' && node.startIndex === start && node.endIndex === end) found.push(node);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Bindings

/**
 * Every binding of the name `identifier` refers to, in the innermost scope that binds it (null
 * when the name is unbound there): what a question about "every value this name may hold" reads.
 * (`isInstanceOf` reads only the binding the use resolves to.)
 */
export function bindingsInScope(context: PythonRuleContext, identifier: Node): NonNullable<ReturnType<PythonRuleContext['scopes']['lookup']>>[] | null {
  const { scopes } = context;
  const binding = scopes.lookup(identifier.text, scopes.scopeAt(identifier.startIndex), identifier.startIndex);
  if (!binding) return null;
  // The scope holding that binding: walk out from the use until a scope holds it.
  for (let scope: ReturnType<typeof scopes.scopeAt> | null = scopes.scopeAt(identifier.startIndex); scope; scope = scope.parent) {
    const list = scope.bindings.get(identifier.text);
    if (list?.includes(binding)) return list;
  }
  return null;
}

/**
 * Function definitions named one of `names`, in the order of the text, found from their words
 * (`def name(` spells it), methods included.
 */
export function functionsNamed(context: PythonRuleContext, names: readonly string[]): Node[] {
  const found: Node[] = [];
  for (const name of names) {
    for (const identifier of identifiersSpelled(context, name)) {
      const fn = identifier.parent;
      if (fn?.type === 'function_definition' && sameNode(fn.childForFieldName('name'), identifier)) found.push(fn);
    }
  }
  return found.sort((a, b) => a.startIndex - b.startIndex);
}
