// Queries the argument and attribute rules share: which Django object a dotted name is (also through a
// parent package's re-export), which classes of a module derive from Django classes (following
// imports and local subclasses), methods and their parameters, calls and their receivers.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { stringValue } from '../python-queries';

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

export function namesAny(qualifiedName: string | null, canonicals: readonly string[]): boolean {
  return qualifiedName !== null && canonicals.some((canonical) => namesDjangoObject(qualifiedName, canonical));
}

/** The positional base-class expressions of a class definition. */
export function baseExpressions(classNode: Node): Node[] {
  const list = classNode.childForFieldName('superclasses');
  return (list?.namedChildren ?? []).filter(
    (n): n is Node => n !== null && n.type !== 'keyword_argument' && n.type !== 'comment' && n.type !== 'list_splat' && n.type !== 'dictionary_splat',
  );
}

/** Every class definition of the module, nested ones included. */
export function classDefinitions(context: PythonRuleContext): Node[] {
  return context.tree.rootNode.descendantsOfType('class_definition').filter((n): n is Node => n !== null);
}

/**
 * Whether a class derives from one of the Django classes `bases` (canonical paths): a base resolves
 * to one through the imports, or is a class of the same module that does (any depth).
 */
export function inheritsFrom(context: PythonRuleContext, classNode: Node, bases: readonly string[]): boolean {
  return ancestorsOf(context, classNode).some((qualifiedName) => namesAny(qualifiedName, bases));
}

/**
 * The resolved names of every class a class derives from (through local classes of the module, at
 * any depth), computed once per file for all rules: asking per class and per rule made large
 * modules quadratic in their number of classes.
 */
const ancestorIndexes = new WeakMap<object, { byName: Map<string, Node[]>; ancestors: Map<number, string[]> }>();

function ancestorsOf(context: PythonRuleContext, classNode: Node): string[] {
  let index = ancestorIndexes.get(context.scopes);
  if (!index) {
    const byName = new Map<string, Node[]>();
    for (const definition of classDefinitions(context)) {
      const name = definition.childForFieldName('name')?.text;
      if (name) byName.set(name, [...(byName.get(name) ?? []), definition]);
    }
    index = { byName, ancestors: new Map() };
    ancestorIndexes.set(context.scopes, index);
  }
  const { byName, ancestors } = index;
  const known = ancestors.get(classNode.startIndex);
  if (known) return known;
  ancestors.set(classNode.startIndex, []); // a cycle (class A(B) / class B(A)) ends here
  const found = new Set<string>();
  for (const base of baseExpressions(classNode)) {
    const qualifiedName = context.scopes.qualifiedNameOf(base);
    if (qualifiedName !== null) {
      found.add(qualifiedName);
      continue;
    }
    if (base.type !== 'identifier') continue;
    for (const local of byName.get(base.text) ?? []) {
      if (local.startIndex < classNode.startIndex) for (const name of ancestorsOf(context, local)) found.add(name);
    }
  }
  const result = [...found];
  ancestors.set(classNode.startIndex, result);
  return result;
}

export function subclassesOf(context: PythonRuleContext, bases: readonly string[]): Node[] {
  return classDefinitions(context).filter((classNode) => inheritsFrom(context, classNode, bases));
}

/** The statements of a class body, with decorated definitions unwrapped. */
function bodyStatements(classNode: Node): Node[] {
  const body = classNode.childForFieldName('body');
  return (body?.namedChildren ?? []).filter((n): n is Node => n !== null);
}

/** Methods defined directly in a class body (decorated ones too). */
export function methodsOf(classNode: Node, name?: string): Node[] {
  const methods: Node[] = [];
  for (const statement of bodyStatements(classNode)) {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type === 'function_definition' && (name === undefined || definition.childForFieldName('name')?.text === name)) methods.push(definition);
  }
  return methods;
}

/** `name = value` (and `name: T = value`) assignments directly in a class body. */
export function classAssignments(classNode: Node, name: string): Array<{ statement: Node; left: Node; right: Node | null }> {
  const found: Array<{ statement: Node; left: Node; right: Node | null }> = [];
  for (const statement of bodyStatements(classNode)) {
    if (statement.type !== 'expression_statement') continue;
    const assignment = statement.firstNamedChild;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    if (left?.type === 'identifier' && left.text === name) found.push({ statement, left, right: assignment.childForFieldName('right') });
  }
  return found;
}

/** The class a method is defined in (directly in its body), or null for functions outside classes. */
export function classOfMethod(fn: Node): Node | null {
  let parent = fn.parent;
  if (parent?.type === 'decorated_definition') parent = parent.parent;
  if (parent?.type !== 'block') return null;
  return parent.parent?.type === 'class_definition' ? parent.parent : null;
}

/** The innermost enclosing function definition, or null. */
export function enclosingFunction(node: Node): Node | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition') return current;
    if (current.type === 'class_definition') return null;
  }
  return null;
}

/** The class whose method (directly) contains `node`, or null. */
export function enclosingMethodClass(node: Node): Node | null {
  const fn = enclosingFunction(node);
  return fn ? classOfMethod(fn) : null;
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

/** Calls whose callee resolves (through the imports) to one of the Django objects `canonicals`. */
export function callsResolvingTo(context: PythonRuleContext, canonicals: readonly string[]): Array<{ call: Node; callee: Node; qualifiedName: string }> {
  const calls: Array<{ call: Node; callee: Node; qualifiedName: string }> = [];
  const byLastName = fileIndex(context).referencesByLastName;
  const lastNames = new Set(canonicals.map((canonical) => canonical.slice(canonical.lastIndexOf('.') + 1)));
  for (const lastName of lastNames) {
    for (const reference of byLastName.get(lastName) ?? []) {
      if (!namesAny(reference.qualifiedName, canonicals)) continue;
      const parent = reference.node.parent;
      if (parent?.type !== 'call') continue;
      const callee = parent.childForFieldName('function');
      if (callee && callee.startIndex === reference.node.startIndex && callee.endIndex === reference.node.endIndex) {
        calls.push({ call: parent, callee: reference.node, qualifiedName: reference.qualifiedName });
      }
    }
  }
  return calls.sort((a, b) => a.call.startIndex - b.call.startIndex);
}

type MethodCall = { call: Node; receiver: Node; name: string; attribute: Node };

/**
 * What many rules ask of one file, computed once per file (keyed by its scopes) rather than once
 * per rule: method calls, and references by their last name.
 */
const fileIndexes = new WeakMap<object, { methodCalls: MethodCall[]; referencesByLastName: Map<string, PythonRuleContext['scopes']['references']> }>();

function fileIndex(context: PythonRuleContext) {
  let index = fileIndexes.get(context.scopes);
  if (!index) {
    const methodCalls: MethodCall[] = [];
    for (const call of context.tree.rootNode.descendantsOfType('call')) {
      const callee = call?.childForFieldName('function');
      if (!call || callee?.type !== 'attribute') continue;
      const attribute = callee.childForFieldName('attribute');
      const receiver = callee.childForFieldName('object');
      if (attribute && receiver) methodCalls.push({ call, receiver, name: attribute.text, attribute });
    }
    const referencesByLastName = new Map<string, PythonRuleContext['scopes']['references']>();
    for (const reference of context.scopes.references) {
      const lastName = reference.qualifiedName.slice(reference.qualifiedName.lastIndexOf('.') + 1);
      const list = referencesByLastName.get(lastName);
      if (list) list.push(reference);
      else referencesByLastName.set(lastName, [reference]);
    }
    index = { methodCalls, referencesByLastName };
    fileIndexes.set(context.scopes, index);
  }
  return index;
}

/** Every `receiver.name(...)` call of the module with `name` in `names`. */
export function methodCalls(context: PythonRuleContext, names: readonly string[]): MethodCall[] {
  return fileIndex(context).methodCalls.filter((call) => names.includes(call.name));
}

/** `super()` or `super(Class, self)`. */
export function isSuperCall(node: Node): boolean {
  return node.type === 'call' && node.childForFieldName('function')?.text === 'super';
}

/**
 * Whether `receiver` is `self`/`cls`/`super()` inside a method of a class deriving from `bases`,
 * so that the method called on it is the Django one (or an override of it).
 */
export function isSelfOfSubclass(context: PythonRuleContext, receiver: Node, bases: readonly string[]): boolean {
  if (!(receiver.type === 'identifier' && (receiver.text === 'self' || receiver.text === 'cls')) && !isSuperCall(receiver)) return false;
  const classNode = enclosingMethodClass(receiver);
  return classNode !== null && inheritsFrom(context, classNode, bases);
}

/** `self`, for method names that only Django's classes have (`self.assertRedirects(...)`), whatever the base class. */
export function isSelf(_context: PythonRuleContext, receiver: Node): boolean {
  return receiver.type === 'identifier' && receiver.text === 'self';
}

/** Whether the module imports anything from one of the (dotted) module prefixes. */
export function importsFrom(context: PythonRuleContext, prefixes: readonly string[]): boolean {
  return context.scopes.imports.some((entry) =>
    prefixes.some((prefix) => entry.qualifiedName === prefix || entry.qualifiedName.startsWith(`${prefix}.`) || (entry.module !== null && (entry.module === prefix || entry.module.startsWith(`${prefix}.`)))),
  );
}

/**
 * URL patterns whose view is one of `views`: `url(regex, view, kwargs)`, `re_path`/`path`, and
 * string views (`'django.contrib.auth.views.login'`). Returns the extra-kwargs dict when present.
 */
export function urlPatternKwargs(context: PythonRuleContext, views: readonly string[]): Array<{ pattern: Node; view: Node; kwargs: Node }> {
  const routes = ['django.conf.urls.url', 'django.urls.re_path', 'django.urls.path', 'django.urls.conf.re_path', 'django.urls.conf.path'];
  const found: Array<{ pattern: Node; view: Node; kwargs: Node }> = [];
  for (const { call } of callsResolvingTo(context, routes)) {
    const list = call.childForFieldName('arguments');
    const args = (list?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
    const positional = args.filter((n) => n.type !== 'keyword_argument');
    const keyword = (name: string) => args.find((n) => n.type === 'keyword_argument' && n.childForFieldName('name')?.text === name)?.childForFieldName('value') ?? null;
    const view = positional[1] ?? keyword('view');
    const kwargs = positional[2] ?? keyword('kwargs');
    if (!view || kwargs?.type !== 'dictionary') continue;
    const viewName = context.scopes.qualifiedNameOf(view) ?? stringValue(view);
    if (viewName !== null && namesAny(viewName, views)) found.push({ pattern: call, view, kwargs });
  }
  return found;
}

/** The `key: value` pair of a dict literal whose key is the string `key`. */
export function dictPair(dictionary: Node, key: string): Node | null {
  for (const pair of dictionary.namedChildren) {
    if (pair?.type === 'pair' && stringValue(pair.childForFieldName('key')) === key) return pair;
  }
  return null;
}
