// What the audit needs to know about one Python module, read from its tree-sitter parse with
// import-aware name resolution: module-level classes (with their bases), functions (with their
// decorators and first parameter), calls to resolved names, and module-level assignments.
import type { Node } from 'web-tree-sitter';
import type { Analyzer } from '../engine/analyzer';
import { PythonScopes } from '../engine/python-scopes';

export interface NameRef {
  /** The source text, e.g. "models.Model". */
  text: string;
  /** What the name resolves to through the module's imports, e.g. "django.db.models.Model"; null for local names. */
  qualifiedName: string | null;
}

export interface ClassFact {
  name: string;
  line: number;
  bases: NameRef[];
}

export interface FunctionFact {
  name: string;
  line: number;
  firstParameter: string | null;
  decorators: NameRef[];
}

export interface CallFact {
  callee: NameRef;
  line: number;
  /** The first positional argument's text, if any. */
  firstArgument: string | null;
  /** Names of the keyword arguments. */
  keywords: string[];
  node: Node;
}

export interface PythonFacts {
  classes: ClassFact[];
  functions: FunctionFact[];
}

/** The callee of a decorator: `@x`, `@x.y`, `@x(...)`. */
function decoratorTarget(decorator: Node): Node | null {
  const expression = decorator.namedChildren[0] ?? null;
  if (!expression) return null;
  return expression.type === 'call' ? expression.childForFieldName('function') : expression;
}

function nameRef(node: Node, scopes: PythonScopes): NameRef {
  return { text: node.text, qualifiedName: scopes.qualifiedNameOf(node) };
}

/** Module-level classes and functions, also when decorated. */
export function moduleFacts(root: Node, scopes: PythonScopes): PythonFacts {
  const classes: ClassFact[] = [];
  const functions: FunctionFact[] = [];
  for (const child of root.namedChildren) {
    if (!child) continue;
    let definition: Node | null = child;
    const decorators: NameRef[] = [];
    if (child.type === 'decorated_definition') {
      for (const decorator of child.namedChildren) {
        if (decorator?.type !== 'decorator') continue;
        const target = decoratorTarget(decorator);
        if (target) decorators.push(nameRef(target, scopes));
      }
      definition = child.childForFieldName('definition');
    }
    if (!definition) continue;
    const name = definition.childForFieldName('name')?.text;
    if (!name) continue;
    const line = definition.startPosition.row + 1;
    if (definition.type === 'class_definition') {
      const bases: NameRef[] = [];
      const superclasses = definition.childForFieldName('superclasses');
      for (const base of superclasses?.namedChildren ?? []) {
        if (base && (base.type === 'identifier' || base.type === 'attribute')) bases.push(nameRef(base, scopes));
      }
      classes.push({ name, line, bases });
    } else if (definition.type === 'function_definition') {
      const parameters = definition.childForFieldName('parameters');
      let firstParameter: string | null = null;
      const first = parameters?.namedChildren[0];
      if (first) {
        const identifier = first.type === 'identifier' ? first : first.namedChildren.find((c) => c?.type === 'identifier') ?? null;
        firstParameter = identifier?.text ?? null;
      }
      functions.push({ name, line, firstParameter, decorators });
    }
  }
  return { classes, functions };
}

/** Every call in the tree, with its callee resolved. */
export function callsIn(root: Node, scopes: PythonScopes): CallFact[] {
  const calls: CallFact[] = [];
  const cursor = root.walk();
  const visit = () => {
    const node = cursor.currentNode;
    if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      const args = node.childForFieldName('arguments');
      if (fn && (fn.type === 'identifier' || fn.type === 'attribute')) {
        const positional = args?.namedChildren.filter((c) => c && c.type !== 'keyword_argument' && c.type !== 'comment') ?? [];
        const keywords = (args?.namedChildren ?? [])
          .filter((c) => c?.type === 'keyword_argument')
          .map((c) => c!.childForFieldName('name')?.text ?? '')
          .filter(Boolean);
        calls.push({ callee: nameRef(fn, scopes), line: node.startPosition.row + 1, firstArgument: positional[0]?.text ?? null, keywords, node });
      }
    }
    if (cursor.gotoFirstChild()) {
      do visit();
      while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
  };
  visit();
  return calls;
}

/** Parses a module and hands its root and scopes to `use`; the tree is freed afterwards. */
export function withPythonModule<T>(analyzer: Analyzer, text: string, use: (root: Node, scopes: PythonScopes) => T): T {
  const tree = analyzer.parse('python', text);
  try {
    return use(tree.rootNode, new PythonScopes(tree));
  } finally {
    tree.delete();
  }
}

/** The string value of a `string` node without prefixes or quotes (no escapes processed); null if not a plain string. */
export function stringValue(node: Node | null): string | null {
  if (!node) return null;
  if (node.type === 'concatenated_string') {
    const parts = node.namedChildren.map((c) => stringValue(c));
    return parts.every((p) => p !== null) ? parts.join('') : null;
  }
  if (node.type !== 'string') return null;
  if (node.namedChildren.some((c) => c?.type === 'interpolation')) return null;
  return node.namedChildren
    .filter((c) => c?.type === 'string_content' || c?.type === 'escape_sequence')
    .map((c) => c!.text)
    .join('');
}

/** Module-level `NAME = value` / `NAME += value` assignments, in order. */
export function moduleAssignments(root: Node): Array<{ name: string; operator: '=' | '+='; value: Node; line: number }> {
  const found: Array<{ name: string; operator: '=' | '+='; value: Node; line: number }> = [];
  const visitBlock = (block: Node) => {
    for (const statement of block.namedChildren) {
      if (!statement) continue;
      if (statement.type === 'expression_statement') {
        const expression = statement.namedChildren[0];
        if (expression?.type === 'assignment' || expression?.type === 'augmented_assignment') {
          const left = expression.childForFieldName('left');
          const right = expression.childForFieldName('right');
          const operator = expression.type === 'assignment' ? '=' : expression.childForFieldName('operator')?.text;
          if (left?.type === 'identifier' && right && (operator === '=' || operator === '+=')) {
            found.push({ name: left.text, operator, value: right, line: statement.startPosition.row + 1 });
          }
        }
      } else if (statement.type === 'if_statement' || statement.type === 'try_statement') {
        // settings often add apps conditionally: `if DEBUG: INSTALLED_APPS += [...]`
        for (const child of statement.namedChildren) {
          if (child?.type === 'block') visitBlock(child);
          else if (child && /clause$/.test(child.type)) {
            const inner = child.namedChildren.find((c) => c?.type === 'block');
            if (inner) visitBlock(inner);
          }
        }
      }
    }
  };
  visitBlock(root);
  return found;
}
