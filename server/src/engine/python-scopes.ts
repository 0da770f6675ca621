// Import-aware name resolution for one Python module. A name counts as a Django object only when
// it is bound by an import of that object (following `import x as y`, `from x import y as z` and
// attribute access on imported modules); a local definition that shares the name does not count.
//
// One pass over the tree with a TreeCursor (much cheaper than materialising every node) collects
// scopes, bindings and references; resolution then follows Python's rules closely enough for
// linting: function and comprehension scopes are local throughout, class bodies do not enclose
// their methods, and at module level the binding that precedes a use wins.
import type { Node, Tree, TreeCursor } from 'web-tree-sitter';

export interface ImportEntry {
  /** The `import_statement` or `import_from_statement`. */
  statement: Node;
  /** The imported item: a `dotted_name`, or an `aliased_import`. */
  entry: Node;
  /** For `from m import n`: "m" (relative imports keep their dots); null for `import a.b`. */
  module: string | null;
  /** "n" for `from m import n`; "a.b" for `import a.b`. */
  importedName: string;
  aliasNode: Node | null;
  /** The name bound in the scope: the alias, the imported name, or "a" for `import a.b`. */
  localName: string;
  /** What the bound name refers to: "m.n", "a.b" (aliased) or "a" (`import a.b`). */
  boundQualifiedName: string;
  /** The full dotted path named by the entry: "m.n" or "a.b". */
  qualifiedName: string;
  scope: Scope;
}

export interface Binding {
  name: string;
  start: number;
  importEntry: ImportEntry | null;
}

export type ScopeKind = 'module' | 'function' | 'class';

export class Scope {
  readonly bindings = new Map<string, Binding[]>();
  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    readonly start: number,
    readonly end: number,
  ) {}

  bind(binding: Binding): void {
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

interface Frame {
  type: string;
  field: string | null;
  scope: Scope;
  /** The scope a definition's name is bound in (the one outside the new scope). */
  outerScope: Scope;
  /** Inside an assignment target, where bare names are bindings. */
  target: boolean;
  /** Inside a parameter list, where bare names are parameters. */
  parameter: boolean;
}

/** How many attribute accesses on an imported name are resolved (`django.a.b.c…`). */
const maxAttributeDepth = 32;

export class PythonScopes {
  readonly moduleScope: Scope;
  readonly imports: ImportEntry[] = [];
  /** How deep the syntax tree nests (the longest chain of nodes from the module down). */
  maxDepth = 0;
  private readonly scopes: Scope[] = [];
  // Identifier uses are kept as offsets and names; only those bound by an import become Nodes
  // (materialising every identifier would dominate the cost on large files).
  private readonly identifierRefs: Array<{ start: number; end: number; name: string; scope: Scope }> = [];
  private readonly source: string;
  private resolvedRefs: Reference[] | null = null;
  private byStart: Map<number, Reference> | null = null;

  constructor(readonly tree: Tree, source?: string) {
    const root = tree.rootNode;
    this.source = source ?? root.text;
    this.moduleScope = new Scope('module', null, root.startIndex, root.endIndex);
    this.scopes.push(this.moduleScope);
    this.walk(tree.walk());
  }

  private walk(cursor: TreeCursor): void {
    const stack: Frame[] = [];
    const moduleFrame: Frame = {
      type: 'module', field: null, scope: this.moduleScope, outerScope: this.moduleScope,
      target: false, parameter: false,
    };
    stack.push(moduleFrame);
    if (!cursor.gotoFirstChild()) {
      cursor.delete();
      return;
    }
    for (;;) {
      const parent = stack[stack.length - 1];
      const type = cursor.nodeType;
      const field = cursor.currentFieldName;
      let descend = true;
      let frame: Frame = {
        type, field, scope: parent.scope, outerScope: parent.scope,
        target: false, parameter: false,
      };
      if (type === 'import_statement' || type === 'import_from_statement') {
        this.addImport(cursor.currentNode, parent.scope);
        descend = false;
      } else if (type === 'future_import_statement' || type === 'global_statement' || type === 'nonlocal_statement' || type === 'comment' || type === 'string') {
        // Only f-strings hold references (in their interpolations); skip every other string's parts.
        descend = type === 'string' && /^[a-zA-Z]*[fF]/.test(this.source.slice(cursor.startIndex, cursor.startIndex + 3));
      } else if (functionLikeTypes.has(type) || type === 'class_definition') {
        const node = cursor.currentNode;
        const scope = new Scope(type === 'class_definition' ? 'class' : 'function', parent.scope, node.startIndex, node.endIndex);
        this.scopes.push(scope);
        frame = { ...frame, scope, outerScope: parent.scope };
      } else if (type === 'identifier') {
        this.visitIdentifier(cursor, parent, field);
        descend = false;
      } else {
        const inTargetField =
          (field === 'left' && (parent.type === 'assignment' || parent.type === 'augmented_assignment' || parent.type === 'for_statement' || parent.type === 'for_in_clause')) ||
          (field === 'alias' && (parent.type === 'as_pattern' || parent.type === 'except_clause')) ||
          (field === 'name' && parent.type === 'named_expression');
        frame.target = (inTargetField || parent.target) && targetPatternTypes.has(type);
        frame.parameter =
          (field === 'parameters' && functionLikeTypes.has(parent.type)) ||
          (parent.parameter && parameterHolderTypes.has(type));
        if (type === 'as_pattern_target') frame.target = parent.type === 'as_pattern';
      }
      if (descend && cursor.gotoFirstChild()) {
        stack.push(frame);
        if (stack.length > this.maxDepth) this.maxDepth = stack.length;
        continue;
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

  private visitIdentifier(cursor: TreeCursor, parent: Frame, field: string | null): void {
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
    const end = cursor.endIndex;
    this.identifierRefs.push({ start, end, name: this.source.slice(start, end), scope: parent.scope });
  }

  private textAt(cursor: TreeCursor): string {
    return this.source.slice(cursor.startIndex, cursor.endIndex);
  }

  private addImport(statement: Node, scope: Scope): void {
    const isFrom = statement.type === 'import_from_statement';
    const moduleNode = isFrom ? statement.childForFieldName('module_name') : null;
    const module = moduleNode ? moduleNode.text.replace(/\s+/g, '') : null;
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
      const importEntry: ImportEntry = {
        statement, entry, module, importedName, aliasNode, localName, boundQualifiedName, qualifiedName, scope,
      };
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

  /** The innermost scope that contains `offset`. */
  scopeAt(offset: number): Scope {
    let best = this.moduleScope;
    for (const scope of this.scopes) {
      if (scope.start <= offset && offset < scope.end && scope.end - scope.start <= best.end - best.start) best = scope;
    }
    return best;
  }

  /** Every use of an imported name, with each attribute access on it as its own reference. */
  get references(): Reference[] {
    if (this.resolvedRefs) return this.resolvedRefs;
    const references: Reference[] = [];
    const byStart = new Map<number, Reference>();
    const root = this.tree.rootNode;
    for (const { start, end, name, scope } of this.identifierRefs) {
      const binding = this.lookup(name, scope, start);
      if (!binding?.importEntry) continue;
      const node = root.descendantForIndex(start, end);
      if (!node || node.type !== 'identifier') continue;
      let qualifiedName = binding.importEntry.boundQualifiedName;
      let current: Node = node;
      const first = { node, qualifiedName, importEntry: binding.importEntry };
      references.push(first);
      byStart.set(node.startIndex, first);
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
    this.resolvedRefs = references;
    this.byStart = byStart;
    return references;
  }

  private byQualifiedName: Map<string, Reference[]> | null = null;

  /** References whose qualified name is exactly `qualifiedName`. */
  referencesTo(qualifiedName: string): Reference[] {
    if (!this.byQualifiedName) {
      this.byQualifiedName = new Map();
      for (const reference of this.references) {
        const list = this.byQualifiedName.get(reference.qualifiedName);
        if (list) list.push(reference);
        else this.byQualifiedName.set(reference.qualifiedName, [reference]);
      }
    }
    return this.byQualifiedName.get(qualifiedName)?.slice() ?? [];
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
    void this.references;
    const base = this.byStart?.get(current.startIndex)?.qualifiedName;
    return base ? [base, ...attributes.reverse()].join('.') : null;
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
    return this.scopes.some((scope) => scope.bindings.has(name));
  }

  /** Uses (references) of the name bound by an import entry. */
  usesOf(entry: ImportEntry): Reference[] {
    return this.references.filter((reference) => reference.importEntry === entry && reference.node.type === 'identifier');
  }
}
