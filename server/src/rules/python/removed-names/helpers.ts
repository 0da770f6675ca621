// Shapes shared by the rules of this folder: modules removed without a replacement, methods of
// Django classes (called on an instance the file shows, on `self` in a subclass, or overridden
// in one), and the small type inference those need. Methods cannot be resolved through imports
// like names can, so a method use counts only when its receiver is known to be the Django object.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { normalizeEdits } from '../../../engine/apply-fixes';
import type { TextEdit } from '../../../engine/types';
import { moveSymbolsEdits, splitQualifiedName } from '../move-symbols';
import { classDefinitions } from '../python-queries';
import type { PythonRule } from '../rule-factories';

export type RuleSpec = Omit<PythonRule, 'check' | 'languages'>;

/** Qualified names of Django classes: exact names, or patterns. */
export type ClassMatcher = ReadonlyArray<string | RegExp>;

export function matches(matcher: ClassMatcher, qualifiedName: string | null): boolean {
  if (!qualifiedName) return false;
  return matcher.some((m) => (typeof m === 'string' ? m === qualifiedName : m.test(qualifiedName)));
}

const replaceNode = (node: Node, text: string): TextEdit => ({ start: node.startIndex, end: node.endIndex, text });

function unparenthesized(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildCount === 1 && current.firstNamedChild) current = current.firstNamedChild;
  return current;
}

/** The class a node sits in, when the node is inside a method defined directly in its body. */
export function enclosingClassOfMethod(node: Node): { cls: Node; method: Node } | null {
  let current: Node | null = node.parent;
  while (current) {
    if (current.type === 'function_definition') {
      let holder: Node | null = current.parent;
      if (holder?.type === 'decorated_definition') holder = holder.parent;
      const cls = holder?.type === 'block' ? holder.parent : null;
      if (cls?.type === 'class_definition') return { cls, method: current };
      return null;
    }
    if (current.type === 'class_definition') return null;
    current = current.parent;
  }
  return null;
}

/** Classes of the file that derive (directly, or through other classes of the file) from a matched Django class. */
export function djangoSubclasses(context: PythonRuleContext, matcher: ClassMatcher): Map<number, Node> {
  const index = fileIndex(context);
  const cached = index.subclasses.get(matcher);
  if (cached) return cached;
  const found = new Map<number, Node>();
  const names = new Set<string>();
  const classes = index.classBases;
  let changed = classes.length > 0;
  while (changed) {
    changed = false;
    for (const { cls, name, bases } of classes) {
      if (found.has(cls.startIndex)) continue;
      if (bases.some((base) => matches(matcher, base.qualifiedName) || (base.identifier !== null && names.has(base.identifier) && !base.qualifiedName))) {
        found.set(cls.startIndex, cls);
        if (name) names.add(name);
        changed = true;
      }
    }
  }
  index.subclasses.set(matcher, found);
  return found;
}

export interface MethodCall {
  call: Node;
  callee: Node;
  receiver: Node;
  name: string;
  nameNode: Node;
}

/** What the rules of this folder look up in a file, computed once per lint run (the scopes object lives that long). */
interface FileIndex {
  classes: Node[];
  /** Each class with its name and positional bases (resolved names, and the bare name if it is one). */
  readonly classBases: Array<{ cls: Node; name: string | undefined; bases: Array<{ qualifiedName: string | null; identifier: string | null }> }>;
  methodCalls: Map<string, MethodCall[]>;
  calls: Node[];
  /** Attribute expressions by attribute name (built on first use). */
  readonly attributes: Map<string, Node[]>;
  subclasses: Map<ClassMatcher, Map<number, Node>>;
}

const indexes = new WeakMap<object, FileIndex>();

export function fileIndex(context: PythonRuleContext): FileIndex {
  let index = indexes.get(context.scopes);
  if (index) return index;
  const calls = context.tree.rootNode.descendantsOfType('call').filter((n): n is Node => n !== null);
  const methodCalls = new Map<string, MethodCall[]>();
  for (const call of calls) {
    const callee = call.childForFieldName('function');
    if (callee?.type !== 'attribute') continue;
    const nameNode = callee.childForFieldName('attribute');
    const receiver = callee.childForFieldName('object');
    if (!nameNode || !receiver) continue;
    const name = nameNode.text;
    const list = methodCalls.get(name) ?? [];
    list.push({ call, callee, receiver, name, nameNode });
    methodCalls.set(name, list);
  }
  let attributes: Map<string, Node[]> | null = null;
  let classBases: FileIndex['classBases'] | null = null;
  const classes = classDefinitions(context);
  index = {
    classes,
    get classBases() {
      classBases ??= classes.map((cls) => ({
        cls,
        name: cls.childForFieldName('name')?.text,
        bases: (cls.childForFieldName('superclasses')?.namedChildren ?? [])
          .filter((base): base is Node => base !== null && base.type !== 'keyword_argument' && base.type !== 'comment')
          .map((base) => ({ qualifiedName: context.scopes.qualifiedNameOf(base), identifier: base.type === 'identifier' ? base.text : null })),
      }));
      return classBases;
    },
    methodCalls,
    calls,
    get attributes() {
      if (attributes) return attributes;
      attributes = new Map();
      for (const attribute of context.tree.rootNode.descendantsOfType('attribute')) {
        const name = attribute?.childForFieldName('attribute')?.text;
        if (!attribute || !name) continue;
        const list = attributes.get(name) ?? [];
        list.push(attribute);
        attributes.set(name, list);
      }
      return attributes;
    },
    subclasses: new Map(),
  };
  indexes.set(context.scopes, index);
  return index;
}

/** Whether `cls` is a class of the file that derives from a matched Django class. */
export function isDjangoSubclass(subclasses: Map<number, Node>, cls: Node | null | undefined): boolean {
  return !!cls && subclasses.has(cls.startIndex);
}

/**
 * Whether an expression is known to be an instance of a matched class: a direct constructor call,
 * or a name whose binding in its scope is `name = Class(...)`. With `subclasses`, the class of a
 * method's `self` (and `super()`) counts too.
 */
export function isInstanceOf(context: PythonRuleContext, expression: Node | null, matcher: ClassMatcher, subclasses?: Map<number, Node>): boolean {
  if (!expression) return false;
  const node = unparenthesized(expression);
  const { scopes } = context;
  const localSubclassNames = new Set([...(subclasses?.values() ?? [])].map((cls) => cls.childForFieldName('name')?.text));
  const isConstructorCall = (call: Node) => {
    const callee = call.childForFieldName('function');
    if (!callee) return false;
    if (matches(matcher, scopes.qualifiedNameOf(callee))) return true;
    return callee.type === 'identifier' && localSubclassNames.has(callee.text) && !scopes.qualifiedNameOf(callee);
  };
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    if (subclasses && callee?.type === 'identifier' && callee.text === 'super') {
      return isDjangoSubclass(subclasses, enclosingClassOfMethod(node)?.cls);
    }
    return isConstructorCall(node);
  }
  if (node.type !== 'identifier') return false;
  if (subclasses && node.text === 'self') {
    const owner = enclosingClassOfMethod(node);
    if (owner && isDjangoSubclass(subclasses, owner.cls)) return true;
  }
  const binding = scopes.lookup(node.text, scopes.scopeAt(node.startIndex), node.startIndex);
  if (!binding || binding.importEntry) return false;
  const target = context.tree.rootNode.descendantForIndex(binding.start);
  const assignment = target?.parent;
  if (!target || target.type !== 'identifier' || assignment?.type !== 'assignment') return false;
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (!left || left.startIndex !== target.startIndex || !right) return false;
  const value = unparenthesized(right);
  return value.type === 'call' && isConstructorCall(value);
}

/** `receiver.name(...)` calls in the file, for any of `names`, in source order. */
export function methodCalls(context: PythonRuleContext, names: ReadonlySet<string>): MethodCall[] {
  const index = fileIndex(context);
  const found: MethodCall[] = [];
  for (const name of names) found.push(...(index.methodCalls.get(name) ?? []));
  return found.sort((a, b) => a.call.startIndex - b.call.startIndex);
}

/** `def name(...)` methods directly in a class body. */
export function methodDefinitions(cls: Node): Array<{ definition: Node; nameNode: Node; name: string }> {
  const found: Array<{ definition: Node; nameNode: Node; name: string }> = [];
  for (let child of cls.childForFieldName('body')?.namedChildren ?? []) {
    if (child?.type === 'decorated_definition') child = child.childForFieldName('definition');
    if (child?.type !== 'function_definition') continue;
    const nameNode = child.childForFieldName('name');
    if (nameNode) found.push({ definition: child, nameNode, name: nameNode.text });
  }
  return found;
}

export interface RemovedMethod {
  name: string;
  /** The new name, when the method was only renamed (the fix renames calls and overrides). */
  rename?: string;
  /** How the message names it, e.g. "`Storage.modified_time()`". */
  subject: string;
  advice: string;
  /** A fix for a call, when the rewrite is more than a rename (null: no fix for this call). */
  rewrite?: (context: PythonRuleContext, call: Node, nameNode: Node) => { title: string; edits: TextEdit[] } | null;
}

/**
 * A rule for methods of Django classes that were removed or renamed. It finds overrides of them
 * in subclasses of `classes`, calls on `self`/`super()` there, calls on instances the file
 * creates, and calls on receivers `receiver` accepts (e.g. `x._meta`).
 */
export function removedMethodsRule(spec: RuleSpec & {
  methods: RemovedMethod[];
  /** The Django classes (and their Django subclasses) that have the methods. */
  classes: ClassMatcher;
  /** Other receivers known to be the Django object. */
  receiver?: (context: PythonRuleContext, receiver: Node) => boolean;
  /** Also report overriding definitions (default true). */
  overrides?: boolean;
  /** Only report calls (and overrides) when the method is called with arguments this accepts. */
  callFilter?: (call: Node) => boolean;
}): PythonRule {
  const byName = new Map(spec.methods.map((m) => [m.name, m]));
  const { methods: _methods, classes: _classes, receiver: _receiver, overrides: _overrides, callFilter: _callFilter, ...rest } = spec;
  return {
    ...rest,
    languages: ['python'],
    check(context) {
      const subclasses = djangoSubclasses(context, spec.classes);
      const fixable = spec.fix !== 'none';
      if (spec.overrides !== false) {
        for (const cls of subclasses.values()) {
          for (const { nameNode, name } of methodDefinitions(cls)) {
            const method = byName.get(name);
            if (!method) continue;
            context.report({
              node: nameNode,
              subject: `${method.subject}, overridden here,`,
              advice: method.advice,
              fix: method.rename && fixable ? { title: `Rename \`${name}\` to \`${method.rename}\``, edits: [replaceNode(nameNode, method.rename)] } : undefined,
            });
          }
        }
      }
      for (const { call, callee, receiver, name, nameNode } of methodCalls(context, new Set(byName.keys()))) {
        if (spec.callFilter && !spec.callFilter(call)) continue;
        const known = isInstanceOf(context, receiver, spec.classes, subclasses) || (spec.receiver?.(context, receiver) ?? false);
        if (!known) continue;
        const method = byName.get(name)!;
        const rewritten = method.rewrite && fixable ? method.rewrite(context, call, nameNode) : null;
        context.report({
          node: callee,
          subject: method.subject,
          advice: method.advice,
          fix: rewritten ?? (method.rename && fixable ? { title: `Rename \`${name}()\` to \`${method.rename}()\``, edits: [replaceNode(nameNode, method.rename)] } : undefined),
        });
      }
    },
  };
}

export interface RemovedModule {
  module: string;
  advice: string;
}

/** Imports of modules that were removed without a drop-in replacement. */
export function removedModulesRule(spec: RuleSpec & { modules: RemovedModule[] }): PythonRule {
  const { modules: _modules, ...rest } = spec;
  return {
    truth: { removed: spec.modules.map((m) => m.module) },
    ...rest,
    languages: ['python'],
    check(context) {
      reportModuleImports(context, spec.modules);
    },
  };
}

/** Reports every import of (or from) one of `modules`; returns how many it reported. */
export function reportModuleImports(context: PythonRuleContext, modules: readonly RemovedModule[]): number {
  const seen = new Set<number>();
  let count = 0;
  for (const entry of context.scopes.imports) {
    for (const { module, advice } of modules) {
      const inside = (name: string | null) => name !== null && (name === module || name.startsWith(`${module}.`));
      let node: Node | null = null;
      if (inside(entry.module)) node = entry.statement.childForFieldName('module_name');
      else if (inside(entry.qualifiedName)) node = entry.entry;
      if (!node || seen.has(node.startIndex)) continue;
      seen.add(node.startIndex);
      count++;
      context.report({ node, subject: `The module \`${module}\``, advice });
    }
  }
  return count;
}

/** References (identifiers or attributes) to `qualifiedName` that are the callee of a call. */
export function callsOf(context: PythonRuleContext, qualifiedName: string): Array<{ call: Node; callee: Node }> {
  const found: Array<{ call: Node; callee: Node }> = [];
  for (const reference of context.scopes.referencesTo(qualifiedName)) {
    const parent = reference.node.parent;
    const callee = parent?.type === 'call' ? parent.childForFieldName('function') : null;
    if (parent && callee && callee.startIndex === reference.node.startIndex && callee.endIndex === reference.node.endIndex) {
      found.push({ call: parent, callee: reference.node });
    }
  }
  return found;
}

/** Whether the receiver's dotted text ends with one of `names` (e.g. `connection.ops`, `self.ops`). */
export function receiverNamed(...names: string[]): (context: PythonRuleContext, receiver: Node) => boolean {
  const pattern = new RegExp(`(^|\\.)(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
  return (_context, receiver) => receiver.type !== 'call' && pattern.test(receiver.text.replace(/\s+/g, ''));
}

export interface MovedCall {
  old: string;
  /** Where the callee moves (a dotted path), written with the same import style. */
  replacement: string;
  subject: string;
  advice: string;
}

/**
 * A rule for functions replaced by another callable whose arguments differ: every import and use
 * is reported; the fix moves the name (like `movedNamesRule`) and rewrites each call's arguments.
 * There is no fix when some use is not a call `rewriteArguments` can rewrite.
 */
export function movedCallRule(spec: RuleSpec & {
  names: MovedCall[];
  fixTitle: string;
  rewriteArguments: (context: PythonRuleContext, call: Node) => TextEdit[] | null;
}): PythonRule {
  const { names: _names, fixTitle: _fixTitle, rewriteArguments: _rewrite, ...rest } = spec;
  return {
    truth: {
      removed: spec.names.map((name) => name.old),
      replacements: spec.names.map((name) => name.replacement).filter((r) => r.startsWith('django.')),
    },
    ...rest,
    languages: ['python'],
    check(context) {
      const { scopes } = context;
      let edits: TextEdit[] | null | undefined;
      const computeEdits = (): TextEdit[] | null => {
        const argumentEdits: TextEdit[] = [];
        for (const name of spec.names) {
          for (const reference of scopes.referencesTo(name.old)) {
            const call = reference.node.parent;
            const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
            if (!call || !callee || callee.startIndex !== reference.node.startIndex || callee.endIndex !== reference.node.endIndex) return null;
            const rewritten = spec.rewriteArguments(context, call);
            if (!rewritten) return null;
            argumentEdits.push(...rewritten);
          }
        }
        const moves = spec.names.map((name) => {
          const [newModule, newName] = splitQualifiedName(name.replacement);
          return { old: name.old, newModule, newName };
        });
        const moved = moveSymbolsEdits(context, moves);
        if (!moved || moved.safety !== 'safe') return null;
        try {
          return normalizeEdits([...moved.edits, ...argumentEdits]);
        } catch {
          return null;
        }
      };
      for (const name of spec.names) {
        const sites: Node[] = [];
        for (const entry of scopes.imports) if (entry.qualifiedName === name.old) sites.push(entry.entry);
        const oldShort = splitQualifiedName(name.old)[1];
        for (const reference of scopes.referencesTo(name.old)) {
          if (reference.node.type === 'identifier' && reference.node.text !== oldShort) continue;
          sites.push(reference.node);
        }
        if (sites.length === 0) continue;
        if (spec.fix !== 'none' && edits === undefined) edits = computeEdits();
        for (const node of sites) {
          context.report({ node, subject: name.subject, advice: name.advice, fix: edits ? { title: spec.fixTitle, edits } : undefined });
        }
      }
    },
  };
}

/** Whether a receiver is a query chain on a model manager: `Model.objects…`, e.g. `City.objects.filter(x)`. */
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

/** Database backends' `DatabaseOperations` classes (base, built-in backends, GIS). */
export const backendOperations: ClassMatcher = [/^django\.(contrib\.gis\.)?db\.backends\.[\w.]*Operations$/];

/**
 * A rule that reports what `finder` reports, each finding offering one file-wide fix computed on
 * the first finding (`edits` returns null when the file cannot be fixed safely).
 */
export function withFileFix(finder: PythonRule, title: string, edits: (context: PythonRuleContext) => TextEdit[] | null): PythonRule {
  return {
    ...finder,
    check(context) {
      let computed: TextEdit[] | null | undefined;
      finder.check({
        ...context,
        scopes: context.scopes,
        report(report) {
          computed ??= edits(context);
          context.report({ ...report, fix: computed ? { title, edits: computed } : undefined });
        },
      });
    },
  };
}
