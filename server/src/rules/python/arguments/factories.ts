// Declarative shapes of the argument and attribute rules: a keyword argument of a Django callable
// (renamed, dropped, or only reported), a class attribute or method of a subclass of a Django
// class, an override whose signature Django now calls differently, and attribute uses.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { callArguments, removeElement } from '../../../engine/python-edits';
import { normalizeEdits } from '../../../engine/apply-fixes';
import type { Fix, TextEdit } from '../../../engine/types';
import type { PythonRule } from '../rule-factories';
import {
  callsResolvingTo, classAssignments, classOfMethod, dictPair, importsFrom, inheritsFrom, isSelfOfSubclass,
  methodCalls, methodsOf, namesAny, Parameter, parametersOf, subclassesOf, urlPatternKwargs,
} from './queries';

type RuleSpec = Omit<PythonRule, 'check' | 'languages'>;

/** Where the calls of a keyword rule are. */
export interface CallSites {
  /** Django callables (canonical dotted paths), resolved through the imports. */
  callees?: string[];
  /** Method calls `receiver.name(...)`. */
  methods?: {
    names: string[];
    /** Which receivers count; default: any receiver (for method names only Django has). */
    receiver?: (context: PythonRuleContext, receiver: Node) => boolean;
    /** The receiver may be `self`/`super()` in a subclass of these Django classes. */
    selfOf?: string[];
    /** Only in modules that import from one of these modules (for names other libraries share). */
    fileImports?: string[];
  };
  /** Also the extra-kwargs dict of URL patterns whose view is one of the callees (function views). */
  urlKwargs?: boolean;
}

export interface FoundCall {
  call: Node;
  /** The short name of what is called, for messages. */
  name: string;
}

/** The calls that `sites` describes, each once. */
export function findCalls(context: PythonRuleContext, sites: CallSites): FoundCall[] {
  const found = new Map<number, FoundCall>();
  for (const { call, callee } of callsResolvingTo(context, sites.callees ?? [])) {
    found.set(call.startIndex, { call, name: callee.text.replace(/^.*\./, '') });
  }
  const methods = sites.methods;
  if (methods && (!methods.fileImports || importsFrom(context, methods.fileImports))) {
    for (const { call, receiver, name } of methodCalls(context, methods.names)) {
      if (found.has(call.startIndex)) continue;
      const bySelf = methods.selfOf ? isSelfOfSubclass(context, receiver, methods.selfOf) : false;
      const byReceiver = methods.receiver ? methods.receiver(context, receiver) : !methods.selfOf;
      if (bySelf || byReceiver) found.set(call.startIndex, { call, name });
    }
  }
  return [...found.values()].sort((a, b) => a.call.startIndex - b.call.startIndex);
}

/** Receivers that resolve to a Django object (e.g. `post_save` in `post_save.disconnect(...)`). */
export function receiverResolvesTo(canonicals: string[]) {
  return (context: PythonRuleContext, receiver: Node) => namesAny(context.scopes.qualifiedNameOf(receiver), canonicals);
}

export interface KeywordSpec {
  name: string;
  /** A drop-in new name: the fix renames the keyword. */
  rename?: string;
  /** The keyword does nothing any more: the fix removes it. */
  remove?: boolean;
  /** A custom fix: the edits that replace the argument. */
  replace?: (context: PythonRuleContext, found: { call: Node; argument: Node; value: Node; keywords: Map<string, Node> }) => TextEdit[] | null;
  /** Report only when the value matches. */
  when?: (value: Node) => boolean;
  subject?: string;
  advice: string;
}

function keywordFix(context: PythonRuleContext, keyword: KeywordSpec, call: Node, argument: Node, container: Node, keywords: Map<string, Node>): Fix | undefined {
  const value = argument.childForFieldName('value');
  let edits: TextEdit[] | null = null;
  let title = '';
  if (keyword.rename && !keywords.has(keyword.rename)) {
    const name = argument.childForFieldName('name');
    if (name) {
      edits = [{ start: name.startIndex, end: name.endIndex, text: keyword.rename }];
      title = `Rename \`${keyword.name}\` to \`${keyword.rename}\``;
    }
  } else if (keyword.remove) {
    edits = removeElement(context.text, container, argument);
    title = `Remove \`${keyword.name}\``;
  } else if (keyword.replace && value) {
    edits = keyword.replace(context, { call, argument, value, keywords });
    title = `Replace \`${keyword.name}\``;
  }
  if (!edits) return undefined;
  try {
    return { title, edits: normalizeEdits(edits) };
  } catch {
    return undefined;
  }
}

/** Keyword arguments of Django callables that were renamed, dropped or removed. */
export function keywordArgumentRule(spec: RuleSpec & { sites: CallSites; keywords: KeywordSpec[] }): PythonRule {
  return {
    ...spec,
    languages: ['python'],
    check(context) {
      for (const { call, name } of findCalls(context, spec.sites)) {
        const { list, keywords } = callArguments(call);
        if (!list) continue;
        for (const keyword of spec.keywords) {
          const argument = keywords.get(keyword.name);
          const value = argument?.childForFieldName('value');
          if (!argument || !value || (keyword.when && !keyword.when(value))) continue;
          context.report({
            node: argument,
            subject: keyword.subject ?? `\`${name}(${keyword.name}=…)\``,
            advice: keyword.advice,
            fix: keywordFix(context, keyword, call, argument, list, keywords),
          });
        }
      }
      if (!spec.sites.urlKwargs) return;
      for (const { view, kwargs } of urlPatternKwargs(context, spec.sites.callees ?? [])) {
        const name = view.text.replace(/^.*\./, '').replace(/['"]/g, '');
        for (const keyword of spec.keywords) {
          const pair = dictPair(kwargs, keyword.name);
          if (!pair) continue;
          let fix: Fix | undefined;
          if (keyword.remove) fix = { title: `Remove \`${keyword.name}\``, edits: removeElement(context.text, kwargs, pair) };
          context.report({ node: pair, subject: keyword.subject ?? `\`${name}(${keyword.name}=…)\``, advice: keyword.advice, fix });
        }
      }
    },
  };
}

/** A class attribute (or method) of subclasses of Django classes. */
export interface ClassMemberSpec {
  name: string;
  /** A drop-in new name for the attribute. */
  rename?: string;
  /** Report assignments only when the value matches. */
  when?: (value: Node | null) => boolean;
  /** A custom fix of an assignment. */
  replace?: (context: PythonRuleContext, found: { classNode: Node; statement: Node; left: Node; right: Node | null }) => TextEdit[] | null;
  /** Also report methods of this name (`def name(...)`). */
  methods?: boolean;
  subject?: string;
  advice: string;
}

export function subclassAttributeRule(spec: RuleSpec & { bases: string[]; members: ClassMemberSpec[]; /** A readable name of the base for messages. */ baseName: string }): PythonRule {
  return {
    ...spec,
    languages: ['python'],
    check(context) {
      for (const classNode of subclassesOf(context, spec.bases)) {
        for (const member of spec.members) {
          for (const found of classAssignments(classNode, member.name)) {
            if (member.when && !member.when(found.right)) continue;
            let fix: Fix | undefined;
            if (member.rename && classAssignments(classNode, member.rename).length === 0) {
              fix = { title: `Rename \`${member.name}\` to \`${member.rename}\``, edits: [{ start: found.left.startIndex, end: found.left.endIndex, text: member.rename }] };
            } else if (member.replace) {
              const edits = member.replace(context, { classNode, ...found });
              if (edits) fix = { title: `Replace \`${member.name}\``, edits };
            }
            context.report({ node: found.left, subject: member.subject ?? `\`${spec.baseName}.${member.name}\``, advice: member.advice, fix });
          }
          if (!member.methods) continue;
          for (const method of methodsOf(classNode, member.name)) {
            const name = method.childForFieldName('name');
            if (name) context.report({ node: name, subject: member.subject ?? `\`${spec.baseName}.${member.name}()\``, advice: member.advice });
          }
        }
      }
    },
  };
}

export interface OverrideFinding {
  node: Node;
  subject?: string;
  advice: string;
  edits?: TextEdit[] | null;
  title?: string;
}

/**
 * Overrides of a method Django calls with a different signature now. `bases` null: any class (for
 * method names only Django's hooks use).
 */
export function methodOverrideRule(
  spec: RuleSpec & {
    bases: string[] | null;
    /** The method's name, or several names. */
    method: string | string[];
    inspect: (context: PythonRuleContext, fn: Node, parameters: Parameter[], classNode: Node, name: string) => OverrideFinding | null;
  },
): PythonRule {
  return {
    ...spec,
    languages: ['python'],
    check(context) {
      const names = typeof spec.method === 'string' ? [spec.method] : spec.method;
      for (const fn of context.tree.rootNode.descendantsOfType('function_definition')) {
        const name = fn?.childForFieldName('name')?.text;
        if (!fn || !name || !names.includes(name)) continue;
        const classNode = classOfMethod(fn);
        if (!classNode || (spec.bases && !inheritsFrom(context, classNode, spec.bases))) continue;
        const finding = spec.inspect(context, fn, parametersOf(fn), classNode, name);
        if (!finding) continue;
        let fix: Fix | undefined;
        if (finding.edits) {
          try {
            fix = { title: finding.title ?? `Update \`${name}()\``, edits: normalizeEdits(finding.edits) };
          } catch {
            fix = undefined;
          }
        }
        context.report({ node: finding.node, subject: finding.subject ?? `\`${name}()\` overridden without the new signature`, advice: finding.advice, fix });
      }
    },
  };
}

/** Text that inserts a parameter after `after` (or first, when null) in a parameter list. */
export function insertParameter(fn: Node, after: Parameter | null, text: string): TextEdit | null {
  const list = fn.childForFieldName('parameters');
  if (!list) return null;
  if (after) return { start: after.node.endIndex, end: after.node.endIndex, text: `, ${text}` };
  const hasOthers = list.namedChildren.some((n) => n !== null && n.type !== 'comment');
  return { start: list.startIndex + 1, end: list.startIndex + 1, text: hasOthers ? `${text}, ` : text };
}

/** Edits that add `text` as a parameter after the last positional one (before `*args`/`*`/`**kwargs`). */
export function appendParameter(fn: Node, parameters: Parameter[], text: string): TextEdit | null {
  let last: Parameter | null = null;
  for (const parameter of parameters) {
    if (parameter.kind !== 'positional' && !(parameter.kind === 'separator' && parameter.name === '/')) break;
    last = parameter;
  }
  return insertParameter(fn, last, text);
}

/**
 * Uses of an attribute: `x.name` where `object` (the `x`) matches. Reports the attribute access;
 * `rename` rewrites the attribute name, `replace` the whole expression.
 */
export function attributeUseRule(
  spec: RuleSpec & {
    attributes: Array<{
      name: string;
      object?: (object: Node, context: PythonRuleContext) => boolean;
      /** Skip assignments to the attribute, or only report them. */
      assigned?: 'skip' | 'only';
      rename?: string;
      replace?: (context: PythonRuleContext, access: Node) => TextEdit[] | null;
      subject: string;
      advice: string;
    }>;
    /** Only in modules that import from one of these modules. */
    fileImports?: string[];
  },
): PythonRule {
  return {
    ...spec,
    languages: ['python'],
    check(context) {
      if (spec.fileImports && !importsFrom(context, spec.fileImports)) return;
      for (const access of context.tree.rootNode.descendantsOfType('attribute')) {
        if (!access) continue;
        const attribute = access.childForFieldName('attribute');
        const object = access.childForFieldName('object');
        if (!attribute || !object) continue;
        for (const wanted of spec.attributes) {
          if (attribute.text !== wanted.name || (wanted.object && !wanted.object(object, context))) continue;
          const parent = access.parent;
          const isAssigned = parent?.type === 'assignment' && parent.childForFieldName('left')?.startIndex === access.startIndex && parent.childForFieldName('left')?.endIndex === access.endIndex;
          if ((wanted.assigned === 'skip' && isAssigned) || (wanted.assigned === 'only' && !isAssigned)) continue;
          let fix: Fix | undefined;
          if (wanted.rename) fix = { title: `Use \`${wanted.rename}\``, edits: [{ start: attribute.startIndex, end: attribute.endIndex, text: wanted.rename }] };
          else if (wanted.replace) {
            const edits = wanted.replace(context, access);
            if (edits) fix = { title: `Replace \`${wanted.name}\``, edits };
          }
          context.report({ node: access, subject: wanted.subject, advice: wanted.advice, fix });
        }
      }
    },
  };
}

/** `x._meta` (or `opts`, `meta`, `options` names commonly bound to it). */
export function isMetaObject(object: Node): boolean {
  return (object.type === 'attribute' && object.childForFieldName('attribute')?.text === '_meta');
}

/**
 * Calls that pass positionally what became keyword-only: the fix names each positional argument
 * after the parameter it fills (`names`, in the old order).
 */
export function positionalToKeywordRule(spec: RuleSpec & { sites: CallSites; names: string[]; subject: string; advice: string; /** Positional arguments that stay allowed. */ keep?: number }): PythonRule {
  const keep = spec.keep ?? 0;
  return {
    ...spec,
    languages: ['python'],
    check(context) {
      for (const { call } of findCalls(context, spec.sites)) {
        const { list, positional, keywords } = callArguments(call);
        if (!list || positional.length <= keep) continue;
        const items = list.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
        const splat = items.findIndex((n) => n.type === 'list_splat' || n.type === 'dictionary_splat');
        let fix: Fix | undefined;
        const extra = positional.slice(keep);
        const names = spec.names.slice(keep, keep + extra.length);
        const exact = splat === -1 && extra.length <= spec.names.length - keep && names.every((name) => !keywords.has(name));
        if (exact) {
          fix = {
            title: 'Pass the arguments by keyword',
            edits: extra.map((argument, index) => ({ start: argument.startIndex, end: argument.startIndex, text: `${names[index]}=` })),
          };
        }
        context.report({ node: extra[0], subject: spec.subject, advice: spec.advice, fix });
      }
    },
  };
}
