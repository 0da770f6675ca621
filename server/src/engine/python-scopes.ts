// Import-aware name resolution for one Python module. A name counts as a Django object only when
// it is bound by an import of that object (following `import x as y`, `from x import y as z` and
// attribute access on imported modules); a local definition that shares the name does not count.
//
// One pass over the tree with a TreeCursor (much cheaper than materialising every node) collects
// scopes, bindings and references; resolution then follows Python's rules closely enough for
// linting: function and comprehension scopes are local throughout, class bodies do not enclose
// their methods, and at module level the binding that precedes a use wins.
import type { Language, Node, Tree } from 'web-tree-sitter';
import { type Cursor, cursorAt } from '../parsing/tree-sitter-module';
import { lowerBound, wholeWord, wordCharacter } from './tokens';

export interface ImportEntry {
  /** The `import_statement` or `import_from_statement` (one object for every entry of a statement). */
  readonly statement: Node;
  /** The imported item: a `dotted_name`, or an `aliased_import`. */
  readonly entry: Node;
  /** For `from m import n`: "m" (relative imports keep their dots); null for `import a.b`. */
  module: string | null;
  /** "n" for `from m import n`; "a.b" for `import a.b`. */
  importedName: string;
  readonly aliasNode: Node | null;
  /** The name bound in the scope: the alias, the imported name, or "a" for `import a.b`. */
  localName: string;
  /** What the bound name refers to: "m.n", "a.b" (aliased) or "a" (`import a.b`). */
  boundQualifiedName: string;
  /** The full dotted path named by the entry: "m.n" or "a.b". */
  qualifiedName: string;
  scope: Scope;
}

/**
 * Where an import is, as offsets: kept across edits (`PythonScopes.rebase`), its nodes looked up
 * in the current tree when a rule asks for them (a tree-sitter Node dies with its tree).
 */
interface ImportSpan {
  statement: [number, number];
  entry: [number, number];
  alias: [number, number] | null;
}

export interface Binding {
  name: string;
  start: number;
  importEntry: ImportEntry | null;
}

export type ScopeKind = 'module' | 'function' | 'class';

export class Scope {
  readonly bindings = new Map<string, Binding[]>();
  /** Every binding of a function or class scope, in one list: `PythonScopes.rebase` moves them all. */
  readonly all: Binding[] = [];
  /** Told the names bound while it is set (`PythonScopes.rebase` re-sorts only their lists). */
  bound: Set<string> | null = null;
  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    public start: number,
    public end: number,
  ) {}

  bind(binding: Binding): void {
    this.bound?.add(binding.name);
    if (this.kind !== 'module') this.all.push(binding);
    const list = this.bindings.get(binding.name);
    if (list) list.push(binding);
    else this.bindings.set(binding.name, [binding]);
  }
}

export interface Reference {
  /** An `identifier`, or an `attribute` whose innermost object is a resolved identifier. */
  node: Node;
  qualifiedName: string;
  /** The import that binds the innermost identifier. */
  importEntry: ImportEntry;
}

const functionLikeTypes = new Set([
  'function_definition', 'lambda', 'list_comprehension', 'set_comprehension',
  'dictionary_comprehension', 'generator_expression',
]);
const targetPatternTypes = new Set([
  'identifier', 'pattern_list', 'tuple_pattern', 'list_pattern', 'list_splat_pattern',
  'tuple', 'list', 'parenthesized_expression',
]);
const parameterHolderTypes = new Set([
  'parameters', 'lambda_parameters', 'typed_parameter', 'default_parameter',
  'typed_default_parameter', 'list_splat_pattern', 'dictionary_splat_pattern',
]);

/** Parent types whose children's field names the walk reads (bindings, targets, parameters); under the others it does not ask. */
const fieldParentTypes = new Set([
  ...functionLikeTypes, 'class_definition', 'attribute', 'keyword_argument', 'default_parameter', 'typed_default_parameter', 'typed_parameter',
  'assignment', 'augmented_assignment', 'for_statement', 'for_in_clause', 'as_pattern', 'except_clause', 'named_expression',
]);

/** What the walk does with a node, by its type (`walkTablesOf`). */
const enum Visit {
  Other,
  /** A keyword or punctuation token: no names in it (the only anonymous types with children, `is not` and `not in`, hold tokens alone). */
  Token,
  Identifier,
  Import,
  /** `from __future__ import`, `global`, `nonlocal`, comments: nothing to bind or use. */
  Skip,
  String,
  FunctionScope,
  ClassScope,
}

/** Whether an import binds `qualifiedName` itself under another local name (`ugettext as _`). */
function isRenamedImportOf(entry: ImportEntry, qualifiedName: string): boolean {
  return entry.boundQualifiedName === qualifiedName && entry.localName !== qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);
}

/** Per node type id of a language (the walk reads a type id, not a name, at every node). */
interface WalkTables {
  visit: Uint8Array;
  /** The type is one whose children's field names the walk reads. */
  fieldParent: Uint8Array;
  targetPattern: Uint8Array;
  parameterHolder: Uint8Array;
}

const walkTables = new WeakMap<Language, WalkTables>();

function walkTablesOf(language: Language): WalkTables {
  let tables = walkTables.get(language);
  if (!tables) {
    const count = language.nodeTypeCount;
    tables = { visit: new Uint8Array(count), fieldParent: new Uint8Array(count), targetPattern: new Uint8Array(count), parameterHolder: new Uint8Array(count) };
    for (let id = 0; id < count; id++) {
      const type = language.types[id] ?? 'ERROR';
      tables.visit[id] = !language.nodeTypeIsNamed(id) ? Visit.Token
        : type === 'identifier' ? Visit.Identifier
        : type === 'import_statement' || type === 'import_from_statement' ? Visit.Import
        : type === 'future_import_statement' || type === 'global_statement' || type === 'nonlocal_statement' || type === 'comment' ? Visit.Skip
        : type === 'string' ? Visit.String
        : functionLikeTypes.has(type) ? Visit.FunctionScope
        : type === 'class_definition' ? Visit.ClassScope
        : Visit.Other;
      tables.fieldParent[id] = fieldParentTypes.has(type) ? 1 : 0;
      tables.targetPattern[id] = targetPatternTypes.has(type) ? 1 : 0;
      tables.parameterHolder[id] = parameterHolderTypes.has(type) ? 1 : 0;
    }
    walkTables.set(language, tables);
  }
  return tables;
}

interface Frame {
  type: string;
  typeId: number;
  scope: Scope;
  /** The scope a definition's name is bound in (the one outside the new scope). */
  outerScope: Scope;
  /** Inside an assignment target, where bare names are bindings. */
  target: boolean;
  /** Inside a parameter list, where bare names are parameters. */
  parameter: boolean;
}

/** Python 3's builtins: a module-level use of one before the module rebinds it reads the builtin. */
const pythonBuiltins = new Set([
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup', 'BlockingIOError',
  'BrokenPipeError', 'BufferError', 'BytesWarning', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError',
  'ConnectionRefusedError', 'ConnectionResetError', 'DeprecationWarning', 'EOFError', 'Ellipsis', 'EncodingWarning',
  'EnvironmentError', 'Exception', 'ExceptionGroup', 'False', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError',
  'FutureWarning', 'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError',
  'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
  'ModuleNotFoundError', 'NameError', 'None', 'NotADirectoryError', 'NotImplemented', 'NotImplementedError', 'OSError',
  'OverflowError', 'PendingDeprecationWarning', 'PermissionError', 'ProcessLookupError', 'RecursionError',
  'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning', 'StopAsyncIteration', 'StopIteration',
  'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TimeoutError', 'True', 'TypeError',
  'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
  'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError', '__build_class__', '__debug__',
  '__doc__', '__file__', '__import__', '__loader__', '__name__', '__package__', '__spec__', 'abs', 'aiter', 'all', 'anext', 'any',
  'ascii', 'bin', 'bool', 'breakpoint', 'bytearray', 'bytes', 'callable', 'chr', 'classmethod', 'compile', 'complex',
  'copyright', 'credits', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec', 'exit', 'filter', 'float',
  'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'help', 'hex', 'id', 'input', 'int', 'isinstance',
  'issubclass', 'iter', 'len', 'license', 'list', 'locals', 'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct',
  'open', 'ord', 'pow', 'print', 'property', 'quit', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice',
  'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip',
]);

/** What `PythonScopes.nodeAt` looks for. */
const nodeKinds = {
  statement: new Set(['import_statement', 'import_from_statement']),
  entry: new Set(['dotted_name', 'aliased_import']),
  alias: new Set(['identifier']),
};

/** The first index of `refs` (from `from` on) whose start is at or after `offset` (they are in the order of the text). */
function lowerBoundByStart(refs: ReadonlyArray<{ start: number }>, offset: number, from = 0): number {
  let low = from;
  let high = refs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (refs[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first offset from `from` on that is not a space, a line break, a backslash or in a comment. */
function skipTrivia(source: string, from: number): number {
  let i = from;
  for (;;) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 92) i++;
    else if (c === 35) {
      const newline = source.indexOf('\n', i);
      i = newline === -1 ? source.length : newline;
    } else return i;
  }
}

/**
 * Whether the text at `offset` may go on with `.name` (an attribute access of the expression that
 * ends there): spaces, line breaks, line continuations and comments may come before and after the
 * dot. False only where it certainly does not: a filter before asking the tree.
 */
export function isFollowedByAttribute(source: string, offset: number, name: string): boolean {
  const dot = skipTrivia(source, offset);
  if (source.charCodeAt(dot) !== 46) return false;
  const at = skipTrivia(source, dot + 1);
  if (!source.startsWith(name, at)) return false;
  // A name that goes on is another attribute (a character outside ASCII: tree-sitter decides).
  return !wordCharacter.test(source.charAt(at + name.length));
}

function isFollowedByAny(source: string, offset: number, names: ReadonlySet<string>): boolean {
  for (const name of names) if (isFollowedByAttribute(source, offset, name)) return true;
  return false;
}

/**
 * The uses of names (identifiers read, not bound), in the order of the text: where each starts,
 * its name (an index into `names`; it ends after the name) and the scope it is read in. Typed
 * arrays instead of an object per use: a 20,000-line module has 23,000 uses, which as objects took
 * about 2 MB of heap (with their name strings) and were most of what the walk left to the GC.
 */
class Uses {
  starts = new Int32Array(64);
  nameIds = new Int32Array(64);
  scopes: Scope[] = [];
  length = 0;

  push(start: number, nameId: number, scope: Scope): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const nameIds = new Int32Array(this.length * 2);
      nameIds.set(this.nameIds);
      this.nameIds = nameIds;
    }
    this.starts[this.length] = start;
    this.nameIds[this.length] = nameId;
    this.scopes.push(scope);
    this.length++;
  }

  /** The first index (from `from` on) whose use starts at or after `offset`. */
  lowerBound(offset: number, from = 0): number {
    let low = from;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Moves the uses from `from` on by `delta`. */
  shift(from: number, delta: number): void {
    for (let i = from; i < this.length; i++) this.starts[i] += delta;
  }

  /**
   * Replaces the uses from `from` to `to` by `other`'s, in place (a rebase after a keystroke
   * replaces a region's few uses: new arrays of every use were 0.1 of its 0.5 ms at 5,000 lines).
   */
  splice(from: number, to: number, other: Uses): void {
    const length = this.length - (to - from) + other.length;
    if (length > this.starts.length) {
      const capacity = Math.max(length, this.starts.length * 2);
      const starts = new Int32Array(capacity);
      starts.set(this.starts.subarray(0, this.length));
      this.starts = starts;
      const nameIds = new Int32Array(capacity);
      nameIds.set(this.nameIds.subarray(0, this.length));
      this.nameIds = nameIds;
    }
    if (to - from !== other.length) {
      this.starts.copyWithin(from + other.length, to, this.length);
      this.nameIds.copyWithin(from + other.length, to, this.length);
    }
    this.starts.set(other.starts.subarray(0, other.length), from);
    this.nameIds.set(other.nameIds.subarray(0, other.length), from);
    // A spread into `splice` is limited by the stack.
    if (other.length < 4096) this.scopes.splice(from, to - from, ...other.scopes);
    else this.scopes = this.scopes.slice(0, from).concat(other.scopes, this.scopes.slice(to, this.length));
    this.length = length;
  }
}

/** How many attribute accesses on an imported name are resolved (`django.a.b.c…`). */
const maxAttributeDepth = 32;

/** A region of a module re-walked after an edit (`PythonScopes.rebase`): offsets before and after. */
export interface ScopesChange {
  /** Where the re-walked top-level statements start (the same before and after). */
  start: number;
  /** Where they ended before the edit. */
  oldEnd: number;
  /** Where they end now. */
  newEnd: number;
}

export class PythonScopes {
  readonly moduleScope: Scope;
  readonly imports: ImportEntry[] = [];
  /** How deep the syntax tree nests (the longest chain of nodes from the module down). */
  maxDepth = 0;
  /**
   * Told every name whose uses or bindings anywhere in the module an answer depended on
   * (`usesOfName`, `isNameBound`, `renameSafety`, `keepsLocalName`, `usesOf`): the incremental
   * check re-checks the whole file when an edit spells one of them.
   */
  watch: ((name: string) => void) | null = null;
  /**
   * Where `references` (and `referencesTo`) look: the statements an incremental check re-checks,
   * or null for the whole module. Every other answer is about the whole module.
   */
  window: { start: number; end: number } | null = null;
  /** Told the names whose uses `references` and `referencesTo` looked at (the local names of imports). */
  anchor: ((name: string) => void) | null = null;
  /** Every scope, the module's first, in the order of the text (a walk's order). */
  private scopes: Scope[] = [];
  // Identifier uses are kept as offsets and names, in the order of the text; only those bound by
  // an import become Nodes (materialising every identifier would dominate the cost on large files).
  private uses = new Uses();
  /** The names of uses, by id (`Uses.nameIds`), and each name's id. */
  private names: string[] = [];
  private nameIds = new Map<string, number>();
  private importSpans = new Map<ImportEntry, ImportSpan>();
  private wildcardSpans: Array<[number, number]> = [];
  /** The depth of each top-level statement (`maxDepth` after an edit is their maximum). */
  private topDepths: Array<{ start: number; depth: number }> = [];
  private source: string;
  private resolved = new Map<string, { references: Reference[]; byQualifiedName: Map<string, Reference[]> | null }>();
  /** Nodes looked up from offsets in the current tree, so that entries of one statement share its Node. */
  private nodes = new Map<string, Node | null>();

  constructor(
    public tree: Tree,
    source?: string,
  ) {
    const root = tree.rootNode;
    this.source = source ?? root.text;
    this.moduleScope = new Scope('module', null, root.startIndex, root.endIndex);
    this.scopes.push(this.moduleScope);
    this.walk(cursorAt(root), null);
  }

  /**
   * Follows an edit of whole top-level statements: what the statements from `change.start` to
   * `change.oldEnd` bound and used is forgotten, what came after moves by the edit's length, and the
   * statements now from `change.start` to `change.newEnd` of `tree` are walked. The result equals a
   * walk of the whole new tree; its cost is the re-walked statements' plus a pass over the offsets.
   */
  rebase(tree: Tree, source: string, change: ScopesChange): void {
    const { start, oldEnd, newEnd } = change;
    const delta = newEnd - oldEnd;
    const inside = (offset: number) => offset >= start && offset < oldEnd;
    const moved = (offset: number) => (offset >= oldEnd ? offset + delta : offset);
    this.tree = tree;
    this.source = source;
    this.resolved.clear();
    this.through.clear();
    this.nodes.clear();
    // The words looked up in the text stay where they were, moved, unless the re-walked statements
    // held or hold one: the region is whole lines, so no occurrence crosses its edges.
    for (const [word, offsets] of this.occurrenceCache) {
      if (offsets.some((offset) => inside(offset)) || wholeWord(word).test(source.slice(start, newEnd))) {
        this.occurrenceCache.delete(word);
        continue;
      }
      if (delta !== 0) for (let i = 0; i < offsets.length; i++) if (offsets[i] >= oldEnd) offsets[i] += delta;
    }
    // `__all__`'s statements are where the word is: unchanged where it did not move in or out.
    if (!this.occurrenceCache.has('__all__')) this.exported = null;
    // Scopes are in the order of the text (a walk's order); the region's are one run of them (it is
    // whole top-level statements), replaced by the run the new walk finds. Those after it move.
    const scopes = this.scopes;
    const firstScope = lowerBoundByStart(scopes, start, 1);
    const afterScope = lowerBoundByStart(scopes, oldEnd, firstScope);
    if (delta !== 0) {
      for (let i = afterScope; i < scopes.length; i++) {
        const scope = scopes[i];
        scope.start += delta;
        scope.end += delta;
        for (const binding of scope.all) binding.start += delta;
      }
    }
    this.moduleScope.end = tree.rootNode.endIndex;
    for (const [name, list] of this.moduleScope.bindings) {
      // A new list only for the names the region bound.
      let kept: Binding[] | null = null;
      for (let i = 0; i < list.length; i++) {
        const binding = list[i];
        if (inside(binding.start)) {
          kept ??= list.slice(0, i);
          continue;
        }
        binding.start = moved(binding.start);
        kept?.push(binding);
      }
      if (kept?.length) this.moduleScope.bindings.set(name, kept);
      else if (kept) this.moduleScope.bindings.delete(name);
    }
    const uses = this.uses;
    const first = uses.lowerBound(start);
    const after = uses.lowerBound(oldEnd, first);
    if (delta !== 0) uses.shift(after, delta);
    const keptImports = this.imports.filter((entry) => !inside(this.importSpans.get(entry)!.statement[0]));
    if (keptImports.length !== this.imports.length) {
      const kept = new Set(keptImports);
      for (const entry of this.imports) if (!kept.has(entry)) this.importSpans.delete(entry);
    }
    for (const entry of keptImports) {
      const span = this.importSpans.get(entry)!;
      if (span.statement[1] < oldEnd) continue;
      span.statement = [moved(span.statement[0]), moved(span.statement[1])];
      span.entry = [moved(span.entry[0]), moved(span.entry[1])];
      if (span.alias) span.alias = [moved(span.alias[0]), moved(span.alias[1])];
    }
    this.wildcardSpans = this.wildcardSpans.filter(([s]) => !inside(s)).map(([s, e]) => [moved(s), moved(e)]);
    const depths = this.topDepths;
    const firstTop = lowerBoundByStart(depths, start);
    const afterTop = lowerBoundByStart(depths, oldEnd, firstTop);
    if (delta !== 0) for (let i = afterTop; i < depths.length; i++) depths[i].start += delta;
    // Walk the new statements, collecting what they add on their own; the module scope notes the
    // names they bind (appended to its lists, out of order).
    this.scopes = [this.moduleScope];
    this.uses = new Uses();
    this.imports.length = 0;
    const wildcards = this.wildcardSpans;
    this.wildcardSpans = [];
    this.topDepths = [];
    const rebound = new Set<string>();
    this.moduleScope.bound = rebound;
    try {
      // Each statement on its own cursor: one cursor from the root would step over every statement
      // before the region (a call into wasm each).
      const only = { start, end: newEnd };
      for (let node = tree.rootNode.firstChildForIndex(Math.max(0, start - 1)); node && node.startIndex < newEnd; node = node.nextSibling) {
        this.walk(cursorAt(node), only, true);
      }
    } finally {
      this.moduleScope.bound = null;
    }
    const walkedScopes = this.scopes;
    walkedScopes.shift();
    scopes.splice(firstScope, afterScope - firstScope, ...walkedScopes);
    this.scopes = scopes;
    const walked = this.uses;
    uses.splice(first, after, walked);
    this.uses = uses;
    depths.splice(firstTop, afterTop - firstTop, ...this.topDepths);
    this.topDepths = depths;
    // The uses of the names asked about follow: in each name's list (in the order of the text) the
    // region's old uses are one run, replaced by the new ones; those after it move.
    if (this.byName.size > 0) {
      const added = new Map<number, number[]>();
      for (let i = 0; i < walked.length; i++) {
        const id = walked.nameIds[i];
        if (!this.byName.has(id)) continue;
        const list = added.get(id);
        if (list) list.push(walked.starts[i]);
        else added.set(id, [walked.starts[i]]);
      }
      for (const [id, list] of this.byName) {
        const from = lowerBound(list, start);
        const to = lowerBound(list, oldEnd, from);
        if (delta !== 0) for (let i = to; i < list.length; i++) list[i] += delta;
        const now = added.get(id);
        if (now) list.splice(from, to - from, ...now);
        else if (to > from) list.splice(from, to - from);
      }
    }
    const addedImports = this.imports.splice(0);
    this.imports.push(...[...keptImports, ...addedImports].sort((a, b) => this.importSpans.get(a)!.entry[0] - this.importSpans.get(b)!.entry[0]));
    this.wildcardSpans = [...wildcards, ...this.wildcardSpans].sort((a, b) => a[0] - b[0]);
    let maxDepth = 0;
    for (const top of depths) if (top.depth > maxDepth) maxDepth = top.depth;
    this.maxDepth = maxDepth;
    for (const name of rebound) this.moduleScope.bindings.get(name)?.sort((a, b) => a.start - b.start);
  }

  /**
   * Forgets what one check kept: its listeners (closures over the check's context, memos and
   * findings), its window, and the answers holding Nodes of its tree (the check deletes that copy
   * of the tree; the next check rebases onto another). The scopes themselves stay for the next
   * keystroke.
   */
  endCheck(): void {
    this.watch = null;
    this.anchor = null;
    this.window = null;
    this.resolved.clear();
    this.through.clear();
    this.nodes.clear();
  }

  /** `from m import *` statements (outside `__future__`), which may bind any name. */
  get wildcardImports(): Node[] {
    return this.wildcardSpans.map(([start, end]) => this.nodeAt(start, end, 'statement')).filter((node): node is Node => node !== null);
  }

  /** The node of `kind` spanning exactly start–end in the current tree (one object per span and tree). */
  private nodeAt(start: number, end: number, kind: keyof typeof nodeKinds): Node | null {
    const key = `${start}:${end}:${kind}`;
    const types = nodeKinds[kind];
    if (this.nodes.has(key)) return this.nodes.get(key)!;
    let node: Node | null = this.tree.rootNode.descendantForIndex(start, end);
    while (node && !(node.startIndex === start && node.endIndex === end && types.has(node.type))) {
      if (node.startIndex < start || node.endIndex > end) {
        node = null;
        break;
      }
      node = node.parent;
    }
    this.nodes.set(key, node);
    return node;
  }

  /**
   * Walks the module (a cursor at its root), or one top-level statement (`statement`: a cursor made
   * at it, which cannot leave it); with `only`, the top-level statements outside it are skipped.
   */
  private walk(cursor: Cursor, only: { start: number; end: number } | null, statement = false): void {
    const stack: Frame[] = [];
    const moduleFrame: Frame = {
      type: 'module', typeId: -1, scope: this.moduleScope, outerScope: this.moduleScope,
      target: false, parameter: false,
    };
    stack.push(moduleFrame);
    if (!statement && !cursor.gotoFirstChild()) {
      cursor.delete();
      return;
    }
    let top: { start: number; depth: number } | null = null;
    const { types, fields } = this.tree.language;
    const { visit, fieldParent, targetPattern, parameterHolder } = walkTablesOf(this.tree.language);
    for (;;) {
      const parent = stack[stack.length - 1];
      if (stack.length === 1) {
        // A top-level statement: outside the statements re-walked after an edit, skipped.
        if (only && (cursor.endIndex <= only.start || cursor.startIndex >= only.end) && !(cursor.startIndex === only.start && cursor.endIndex === only.start)) {
          if (cursor.startIndex >= only.end || !cursor.gotoNextSibling()) {
            cursor.delete();
            return;
          }
          continue;
        }
        top = { start: cursor.startIndex, depth: 1 };
        this.topDepths.push(top);
        if (this.maxDepth < 1) this.maxDepth = 1;
      }
      // Every call on the cursor crosses into wasm: ask only what this node needs.
      const typeId = cursor.nodeTypeId;
      const kind = visit[typeId];
      if (kind !== Visit.Token) {
        const field = parent.typeId >= 0 && fieldParent[parent.typeId] === 1 ? fields[cursor.currentFieldId] : null;
        let descend = true;
        // A frame is made only for a node the walk goes into (identifiers, the commonest, never).
        let scope = parent.scope;
        let target = false;
        let parameter = false;
        if (kind === Visit.Identifier) {
          this.visitIdentifier(cursor, parent, field);
          descend = false;
        } else if (kind === Visit.Import) {
          this.addImport(cursor.currentNode, parent.scope);
          descend = false;
        } else if (kind === Visit.Skip) {
          descend = false;
        } else if (kind === Visit.String) {
          // Only f-strings hold references (in their interpolations); skip every other string's parts.
          descend = /^[a-zA-Z]*[fF]/.test(this.source.slice(cursor.startIndex, cursor.startIndex + 3));
        } else if (kind === Visit.FunctionScope || kind === Visit.ClassScope) {
          scope = new Scope(kind === Visit.ClassScope ? 'class' : 'function', parent.scope, cursor.startIndex, cursor.endIndex);
          this.scopes.push(scope);
        } else {
          const parentType = parent.type;
          const inTargetField =
            (field === 'left' && (parentType === 'assignment' || parentType === 'augmented_assignment' || parentType === 'for_statement' || parentType === 'for_in_clause')) ||
            (field === 'alias' && (parentType === 'as_pattern' || parentType === 'except_clause')) ||
            (field === 'name' && parentType === 'named_expression');
          target = (inTargetField || parent.target) && targetPattern[typeId] === 1;
          parameter =
            (field === 'parameters' && functionLikeTypes.has(parentType)) ||
            (parent.parameter && parameterHolder[typeId] === 1);
          if (types[typeId] === 'as_pattern_target') target = parentType === 'as_pattern';
        }
        if (descend && cursor.gotoFirstChild()) {
          stack.push({ type: types[typeId] ?? 'ERROR', typeId, scope, outerScope: parent.scope, target, parameter });
          if (stack.length > this.maxDepth) this.maxDepth = stack.length;
          if (top && stack.length > top.depth) top.depth = stack.length;
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || stack.length <= 1) {
          cursor.delete();
          return;
        }
        stack.pop();
      }
    }
  }

  private visitIdentifier(cursor: Cursor, parent: Frame, field: string | null): void {
    const parentType = parent.type;
    if (parentType === 'attribute' && field === 'attribute') return;
    if (parentType === 'keyword_argument' && field === 'name') return;
    if ((parentType === 'function_definition' || parentType === 'class_definition') && field === 'name') {
      parent.outerScope.bind({ name: this.textAt(cursor), start: cursor.startIndex, importEntry: null });
      return;
    }
    const isParameterName =
      parent.parameter &&
      (parentType === 'parameters' || parentType === 'lambda_parameters' || parentType === 'list_splat_pattern' ||
        parentType === 'dictionary_splat_pattern' || parentType === 'typed_parameter' ||
        ((parentType === 'default_parameter' || parentType === 'typed_default_parameter') && field === 'name'));
    if (isParameterName && !(parentType === 'typed_parameter' && field === 'type')) {
      parent.scope.bind({ name: this.textAt(cursor), start: cursor.startIndex, importEntry: null });
      return;
    }
    const isTarget =
      parent.target ||
      (field === 'left' && (parentType === 'assignment' || parentType === 'augmented_assignment' || parentType === 'for_statement' || parentType === 'for_in_clause')) ||
      (field === 'alias' && (parentType === 'as_pattern' || parentType === 'except_clause')) ||
      (field === 'name' && parentType === 'named_expression') ||
      parentType === 'as_pattern_target';
    if (isTarget) {
      parent.scope.bind({ name: this.textAt(cursor), start: cursor.startIndex, importEntry: null });
      return;
    }
    const start = cursor.startIndex;
    const name = this.source.slice(start, cursor.endIndex);
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.nameIds.set(name, id);
    }
    this.uses.push(start, id, parent.scope);
  }

  private textAt(cursor: Cursor): string {
    return this.source.slice(cursor.startIndex, cursor.endIndex);
  }

  private addImport(statement: Node, scope: Scope): void {
    const isFrom = statement.type === 'import_from_statement';
    if (isFrom && statement.namedChildren.some((child) => child?.type === 'wildcard_import')) this.wildcardSpans.push([statement.startIndex, statement.endIndex]);
    const moduleNode = isFrom ? statement.childForFieldName('module_name') : null;
    const module = moduleNode ? moduleNode.text.replace(/\s+/g, '') : null;
    const statementSpan: [number, number] = [statement.startIndex, statement.endIndex];
    this.nodes.set(`${statementSpan[0]}:${statementSpan[1]}:statement`, statement);
    for (const entry of statement.childrenForFieldName('name')) {
      if (!entry) continue;
      const aliased = entry.type === 'aliased_import';
      const nameNode = aliased ? entry.childForFieldName('name') : entry;
      const aliasNode = aliased ? entry.childForFieldName('alias') : null;
      if (!nameNode) continue;
      const importedName = nameNode.text.replace(/\s+/g, '');
      const qualifiedName = module ? `${module}.${importedName}` : importedName;
      const localName = aliasNode ? aliasNode.text : isFrom ? importedName : importedName.split('.')[0];
      const boundQualifiedName = aliasNode || isFrom ? qualifiedName : localName;
      const span: ImportSpan = { statement: statementSpan, entry: [entry.startIndex, entry.endIndex], alias: aliasNode ? [aliasNode.startIndex, aliasNode.endIndex] : null };
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      const scopes = this;
      const importEntry: ImportEntry = {
        get statement() {
          const s = scopes.importSpans.get(importEntry)!.statement;
          return scopes.nodeAt(s[0], s[1], 'statement')!;
        },
        get entry() {
          const e = scopes.importSpans.get(importEntry)!.entry;
          return scopes.nodeAt(e[0], e[1], 'entry')!;
        },
        get aliasNode() {
          const a = scopes.importSpans.get(importEntry)!.alias;
          return a ? scopes.nodeAt(a[0], a[1], 'alias') : null;
        },
        module, importedName, localName, boundQualifiedName, qualifiedName, scope,
      };
      this.importSpans.set(importEntry, span);
      this.nodes.set(`${span.entry[0]}:${span.entry[1]}:entry`, entry);
      if (aliasNode) this.nodes.set(`${aliasNode.startIndex}:${aliasNode.endIndex}:alias`, aliasNode);
      this.imports.push(importEntry);
      scope.bind({ name: localName, start: statement.startIndex, importEntry });
    }
  }

  /** The binding a name refers to at `offset` in `scope`, or null for builtins and unknown names. */
  lookup(name: string, scope: Scope, offset: number): Binding | null {
    let current: Scope | null = scope;
    let first = true;
    while (current) {
      if (current.kind !== 'class' || first) {
        const bindings = current.bindings.get(name);
        if (bindings && bindings.length > 0) {
          if (current.kind !== 'module') return bindings[bindings.length - 1];
          let chosen: Binding | null = null;
          for (const binding of bindings) if (binding.start <= offset) chosen = binding;
          return chosen ?? bindings[bindings.length - 1];
        }
      }
      first = false;
      current = current.parent;
    }
    return null;
  }

  /**
   * The innermost scope that contains `offset`. The scopes are in the order of the text, each after
   * the one holding it: the last one starting at or before `offset` is inside every scope that
   * contains `offset`, so the innermost of those is it or one of its parents.
   */
  scopeAt(offset: number): Scope {
    const index = lowerBoundByStart(this.scopes, offset + 1, 1) - 1;
    for (let scope: Scope | null = index >= 1 ? this.scopes[index] : null; scope && scope !== this.moduleScope; scope = scope.parent) {
      if (scope.start <= offset && offset < scope.end) return scope;
    }
    return this.moduleScope;
  }

  /** Every use of an imported name (in the window, when set), with each attribute access on it as its own reference. */
  get references(): Reference[] {
    return this.resolvedIn(this.window).references;
  }

  private resolvedIn(window: { start: number; end: number } | null): { references: Reference[]; byQualifiedName: Map<string, Reference[]> | null } {
    const key = window ? `${window.start}:${window.end}` : '*';
    let resolved = this.resolved.get(key);
    if (resolved) return resolved;
    const references: Reference[] = [];
    const root = this.tree.rootNode;
    if (this.anchor) for (const entry of this.imports) this.anchor(entry.localName);
    const uses = this.uses;
    const from = window ? uses.lowerBound(window.start) : 0;
    for (let i = from; i < uses.length; i++) {
      const start = uses.starts[i];
      if (window && start >= window.end) break;
      const name = this.names[uses.nameIds[i]];
      const end = start + name.length;
      const binding = this.lookup(name, uses.scopes[i], start);
      if (!binding?.importEntry) continue;
      const node = root.descendantForIndex(start, end);
      if (!node || node.type !== 'identifier') continue;
      let qualifiedName = binding.importEntry.boundQualifiedName;
      let current: Node = node;
      references.push({ node, qualifiedName, importEntry: binding.importEntry });
      // Django's dotted names are short; stopping after a few levels keeps a pathological chain
      // (`a.b.c…` thousands deep) linear: each `.parent` costs a walk from the root.
      for (let depth = 0; depth < maxAttributeDepth; depth++) {
        const parent: Node | null = current.parent;
        if (!parent || parent.type !== 'attribute') break;
        const object = parent.childForFieldName('object');
        const attribute = parent.childForFieldName('attribute');
        if (!object || !attribute || object.startIndex !== current.startIndex || object.endIndex !== current.endIndex) break;
        qualifiedName = `${qualifiedName}.${attribute.text}`;
        references.push({ node: parent, qualifiedName, importEntry: binding.importEntry });
        current = parent;
      }
    }
    resolved = { references, byQualifiedName: null };
    this.resolved.set(key, resolved);
    return resolved;
  }

  /**
   * Where the uses named `name` start, in the order of the text: found once per name, then kept
   * across rebases (rules ask about a few names: the imports' local names, the names they watch).
   */
  private usesNamed(name: string): readonly number[] {
    const id = this.nameIds.get(name);
    if (id === undefined) return [];
    let list = this.byName.get(id);
    if (!list) {
      list = [];
      const { starts, nameIds, length } = this.uses;
      for (let i = 0; i < length; i++) if (nameIds[i] === id) list.push(starts[i]);
      this.byName.set(id, list);
    }
    return list;
  }

  /** `usesNamed`'s lists, by name id. */
  private readonly byName = new Map<number, number[]>();

  /** The scope the use starting at `start` is read in. */
  private scopeOfUse(start: number): Scope {
    return this.uses.scopes[this.uses.lowerBound(start)];
  }

  /**
   * References (in the window, when set) whose qualified name is exactly `qualifiedName`. With
   * `spelled`, none through an import of the name itself under another name (`ugettext as _`):
   * their uses (every `_(…)`) do not spell it, and callers that report or rewrite the name as
   * spelled drop them anyway; their local names are then not looked at (nor told to `anchor`).
   */
  referencesTo(qualifiedName: string, spelled = false): Reference[] {
    // Without the window's references resolved already, only the uses of the names that imports
    // bind to a prefix of `qualifiedName` can be references to it: resolve those alone.
    if (!this.resolved.has(this.window ? `${this.window.start}:${this.window.end}` : '*')) {
      // Kept until the tree changes (several rules, and one rule's several rewrites, ask alike).
      const key = `${this.window ? `${this.window.start}:${this.window.end}` : '*'} ${qualifiedName}${spelled ? ' spelled' : ''}`;
      let through = this.through.get(key);
      if (!through) {
        through = this.referencesThrough(qualifiedName, spelled);
        this.through.set(key, through);
      } else if (this.anchor) for (const name of through.names) this.anchor(name);
      return through.references.slice();
    }
    const resolved = this.resolvedIn(this.window);
    if (!resolved.byQualifiedName) {
      resolved.byQualifiedName = new Map();
      for (const reference of resolved.references) {
        const list = resolved.byQualifiedName.get(reference.qualifiedName);
        if (list) list.push(reference);
        else resolved.byQualifiedName.set(reference.qualifiedName, [reference]);
      }
    }
    const all = resolved.byQualifiedName.get(qualifiedName) ?? [];
    return spelled ? all.filter((reference) => !isRenamedImportOf(reference.importEntry, qualifiedName)) : all.slice();
  }

  /** `referencesThrough`'s answers, by window and qualified name (cleared with `resolved`). */
  private readonly through = new Map<string, { references: Reference[]; names: string[] }>();

  private referencesThrough(qualifiedName: string, spelled: boolean): { references: Reference[]; names: string[] } {
    // The local names of the imports that bind `qualifiedName` or a prefix of it; for a prefix, the
    // attribute names that must follow a use (`models` → `NullBooleanField`). Most uses of a module
    // access another attribute: the text says so without asking the tree for their nodes.
    const names = new Map<string, Set<string> | null>();
    for (const entry of this.imports) {
      const bound = entry.boundQualifiedName;
      if (spelled && isRenamedImportOf(entry, qualifiedName)) continue;
      if (qualifiedName === bound) names.set(entry.localName, null);
      else if (qualifiedName.startsWith(`${bound}.`)) {
        const known = names.get(entry.localName);
        if (known !== null) names.set(entry.localName, (known ?? new Set<string>()).add(qualifiedName.slice(bound.length + 1).split('.')[0]));
      }
    }
    const found: Reference[] = [];
    const root = this.tree.rootNode;
    const window = this.window;
    for (const [name, attributes] of names) {
      this.anchor?.(name);
      const starts = this.usesNamed(name);
      for (let i = window ? lowerBound(starts, window.start) : 0; i < starts.length; i++) {
        const start = starts[i];
        if (window && start >= window.end) break;
        const end = start + name.length;
        if (attributes && !isFollowedByAny(this.source, end, attributes)) continue;
        const binding = this.lookup(name, this.scopeOfUse(start), start);
        if (!binding?.importEntry || (spelled && isRenamedImportOf(binding.importEntry, qualifiedName))) continue;
        let qualified = binding.importEntry.boundQualifiedName;
        if (!(qualifiedName === qualified || qualifiedName.startsWith(`${qualified}.`))) continue;
        const node = root.descendantForIndex(start, end);
        if (!node || node.type !== 'identifier') continue;
        let current: Node = node;
        if (qualified === qualifiedName) found.push({ node, qualifiedName, importEntry: binding.importEntry });
        for (let depth = 0; depth < maxAttributeDepth && qualified.length < qualifiedName.length; depth++) {
          const parent: Node | null = current.parent;
          if (!parent || parent.type !== 'attribute') break;
          const object = parent.childForFieldName('object');
          const attribute = parent.childForFieldName('attribute');
          if (!object || !attribute || object.startIndex !== current.startIndex || object.endIndex !== current.endIndex) break;
          qualified = `${qualified}.${attribute.text}`;
          if (!qualifiedName.startsWith(qualified)) break;
          if (qualified === qualifiedName) found.push({ node: parent, qualifiedName, importEntry: binding.importEntry });
          current = parent;
        }
      }
    }
    // In the order `references` lists them: by the start of the innermost name, the outer access after it.
    found.sort((a, b) => a.node.startIndex - b.node.startIndex || a.node.endIndex - b.node.endIndex);
    return { references: found, names: [...names.keys()] };
  }

  /** The qualified name an identifier or attribute expression refers to, or null. */
  qualifiedNameOf(node: Node | null): string | null {
    if (!node) return null;
    // Iterative, so a chain thousands of attributes deep cannot exhaust the stack.
    const attributes: string[] = [];
    let current: Node | null = node;
    while (current?.type === 'attribute') {
      if (attributes.length >= maxAttributeDepth) return null;
      const attribute = current.childForFieldName('attribute');
      if (!attribute) return null;
      attributes.push(attribute.text);
      current = current.childForFieldName('object');
    }
    if (!current || current.type !== 'identifier') return null;
    const base = this.importBoundAt(current.startIndex, current.endIndex);
    return base ? [base, ...attributes.reverse()].join('.') : null;
  }

  /** What the identifier use at start–end refers to through an import, or null. */
  private importBoundAt(start: number, end: number): string | null {
    const i = this.uses.lowerBound(start);
    if (i >= this.uses.length || this.uses.starts[i] !== start) return null;
    const name = this.names[this.uses.nameIds[i]];
    if (start + name.length !== end) return null;
    return this.lookup(name, this.uses.scopes[i], start)?.importEntry?.boundQualifiedName ?? null;
  }

  /** Imports whose entry names `qualifiedName` or something inside it (module prefix). */
  importsOf(qualifiedName: string): ImportEntry[] {
    return this.imports.filter(
      (entry) =>
        entry.qualifiedName === qualifiedName ||
        entry.qualifiedName.startsWith(`${qualifiedName}.`) ||
        (entry.module !== null && (entry.module === qualifiedName || entry.module.startsWith(`${qualifiedName}.`))),
    );
  }

  /** Whether a name is bound anywhere in the module (any scope): renaming to it would be unsafe. */
  isNameBound(name: string): boolean {
    this.watch?.(name);
    return this.scopes.some((scope) => scope.bindings.has(name));
  }

  /** Every use of `name`, with the binding it refers to (null: a builtin, a star import, or nothing). */
  usesOfName(name: string): Array<{ start: number; binding: Binding | null }> {
    this.watch?.(name);
    return this.usesNamed(name).map((start) => ({ start, binding: this.lookup(name, this.scopeOfUse(start), start) }));
  }

  private exported: Set<string> | null = null;
  /** Where each word asked about occurs in the text (`occurrences`), kept across rebases. */
  private readonly occurrenceCache = new Map<string, number[]>();

  /** The offsets of `word` in the text, as a whole word (in code, strings and comments alike). */
  private occurrences(word: string): number[] {
    let found = this.occurrenceCache.get(word);
    if (!found) {
      found = [];
      const pattern = new RegExp(wholeWord(word).source, 'g');
      for (let match = pattern.exec(this.source); match; match = pattern.exec(this.source)) found.push(match.index);
      this.occurrenceCache.set(word, found);
    }
    return found;
  }

  /** The names a module-level `__all__` lists (every string in its assignments). */
  get exportedNames(): ReadonlySet<string> {
    if (this.exported) return this.exported;
    this.exported = new Set();
    // From the text's `__all__`s: a module of thousands of statements has one or none.
    const root = this.tree.rootNode;
    const statements: Node[] = [];
    for (const at of this.occurrences('__all__')) {
      const statement = root.firstChildForIndex(at);
      if (statement && statement.startIndex <= at && statement.startIndex !== statements.at(-1)?.startIndex) statements.push(statement);
    }
    for (const statement of statements) {
      const expression = statement?.type === 'expression_statement' ? statement.firstNamedChild : null;
      if (!expression || (expression.type !== 'assignment' && expression.type !== 'augmented_assignment')) continue;
      if (expression.childForFieldName('left')?.text !== '__all__') continue;
      for (const string of expression.childForFieldName('right')?.descendantsOfType('string_content') ?? []) if (string) this.exported.add(string.text);
    }
    return this.exported;
  }

  /**
   * Whether the name an import binds must stay as it is when the import changes: other modules may
   * import it (it is in `__all__`, or the module imports it at module level and never uses it: a
   * re-export), or other statements bind the same name in the same scope (a compatibility fallback,
   * `except ImportError: ugettext_lazy = None`), so the uses cannot all be told apart.
   */
  keepsLocalName(entry: ImportEntry): boolean {
    const name = entry.localName;
    this.watch?.(name);
    if (entry.scope === this.moduleScope && (this.exportedNames.has(name) || this.usesOfName(name).length === 0)) return true;
    return (entry.scope.bindings.get(name) ?? []).some((binding) => binding.importEntry?.qualifiedName !== entry.qualifiedName);
  }

  /**
   * Whether `name` can be bound at module level by an import of `boundTo` ("django.urls.path" for
   * `from django.urls import path`, "html" for `import html`) so that each of `sites` (the uses a
   * fix writes `name` at) refers to that import: "safe"; null when it cannot: another statement
   * binds the name at module level (or through `global`), a scope between a site and the module
   * binds it (a parameter, a local, a comprehension variable, a class body), or the name already
   * means something else somewhere (a builtin, a star-imported name) that a new import would
   * change. "unsafe" when a wildcard import after `bindAt` (where the new import goes) may bind
   * the name again.
   */
  renameSafety(name: string, boundTo: string, sites: readonly { startIndex: number }[], bindAt: number): 'safe' | 'unsafe' | null {
    const isTarget = (binding: Binding | null) =>
      binding !== null && binding.importEntry?.scope === this.moduleScope && binding.importEntry.boundQualifiedName === boundTo && binding.importEntry.localName === name;
    this.watch?.(name);
    if ((this.moduleScope.bindings.get(name) ?? []).some((binding) => !isTarget(binding))) return null;
    if (this.occurrences('global').length > 0 && this.tree.rootNode.descendantsOfType('global_statement').some((statement) => statement?.namedChildren.some((n) => n?.text === name))) return null;
    for (const site of sites) {
      const binding = this.lookup(name, this.scopeAt(site.startIndex), site.startIndex);
      if (binding !== null && !isTarget(binding)) return null;
    }
    const siteStarts = new Set(sites.map((site) => site.startIndex));
    for (const use of this.usesOfName(name)) {
      // Local uses keep their own binding; a use that resolves to nothing would now see the import.
      if (!siteStarts.has(use.start) && use.binding === null) return null;
    }
    return this.wildcardImports.some((statement) => statement.startIndex > bindAt) ? 'unsafe' : 'safe';
  }

  /**
   * How many times module-level code (run at import: the module body, class bodies, decorators)
   * reads a name before the module binds it, where it is not a builtin: each one is a `NameError`
   * at import (an import placed after its first use).
   */
  readsBeforeBinding(): number {
    let count = 0;
    const uses = this.uses;
    for (let i = 0; i < uses.length; i++) {
      const name = this.names[uses.nameIds[i]];
      const start = uses.starts[i];
      let scope: Scope | null = uses.scopes[i];
      while (scope && scope.kind === 'class') {
        if (scope.bindings.has(name)) break;
        scope = scope.parent;
      }
      if (scope !== this.moduleScope || pythonBuiltins.has(name)) continue;
      const bindings = this.moduleScope.bindings.get(name);
      if (bindings && bindings.every((binding) => binding.start > start)) count++;
    }
    return count;
  }

  /** Uses (references) of the name bound by an import entry, anywhere in the module. */
  usesOf(entry: ImportEntry): Reference[] {
    this.watch?.(entry.localName);
    const uses: Reference[] = [];
    const root = this.tree.rootNode;
    const name = entry.localName;
    for (const start of this.usesNamed(name)) {
      if (this.lookup(name, this.scopeOfUse(start), start)?.importEntry !== entry) continue;
      const node = root.descendantForIndex(start, start + name.length);
      if (node && node.type === 'identifier') uses.push({ node, qualifiedName: entry.boundQualifiedName, importEntry: entry });
    }
    return uses;
  }
}
