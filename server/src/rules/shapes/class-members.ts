// Members of subclasses of Django classes: class attributes (and methods) Django renamed or stopped
// reading, and overrides of methods Django now calls with another signature. Triggers: the
// members' names.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { appendParameter, normalizedOrNull } from '../../engine/python-edits';
import { classAssignments, classOfMethod, derivesFrom, functionsNamed, methodsOf, Parameter, parametersOf, subclassesOf } from '../../engine/python-queries';
import type { Fix, TextEdit } from '../../engine/types';
import { appendToSuperCall, superCalls } from './arguments';
import { definePythonRule, lastNames, PythonRule, RuleSpec } from './define';

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
  const { bases, members, baseName, ...rest } = spec;
  return definePythonRule({
    ...rest,
    triggers: members.map((member) => member.name),
    requiresOneOf: rest.requiresOneOf ?? lastNames(bases),
    check(context) {
      for (const classNode of subclassesOf(context, bases)) {
        for (const member of members) {
          for (const found of classAssignments(classNode, member.name)) {
            if (member.when && !member.when(found.right)) continue;
            let fix: Fix | undefined;
            if (member.rename && classAssignments(classNode, member.rename).length === 0) {
              fix = { title: `Rename \`${member.name}\` to \`${member.rename}\``, edits: [{ start: found.left.startIndex, end: found.left.endIndex, text: member.rename }] };
            } else if (member.replace) {
              const edits = member.replace(context, { classNode, ...found });
              if (edits) fix = { title: `Replace \`${member.name}\``, edits };
            }
            context.report({ node: found.left, subject: member.subject ?? `\`${baseName}.${member.name}\``, advice: member.advice, fix });
          }
          if (!member.methods) continue;
          for (const { nameNode } of methodsOf(classNode, member.name)) {
            context.report({ node: nameNode, subject: member.subject ?? `\`${baseName}.${member.name}()\``, advice: member.advice });
          }
        }
      }
    },
  });
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
  const { bases, method, inspect, ...rest } = spec;
  const names = typeof method === 'string' ? [method] : method;
  return definePythonRule({
    ...rest,
    triggers: names,
    requiresOneOf: rest.requiresOneOf ?? lastNames(bases),
    check(context) {
      const definitions = names.flatMap((name) => functionsNamed(context, [name]).map((fn) => ({ fn, name })));
      definitions.sort((a, b) => a.fn.startIndex - b.fn.startIndex);
      for (const { fn, name } of definitions) {
        const classNode = classOfMethod(fn);
        if (!classNode || (bases && !derivesFrom(context, classNode, bases))) continue;
        const finding = inspect(context, fn, parametersOf(fn), classNode, name);
        if (!finding) continue;
        const edits = finding.edits ? normalizedOrNull(finding.edits) : null;
        const fix: Fix | undefined = edits ? { title: finding.title ?? `Update \`${name}()\``, edits } : undefined;
        context.report({ node: finding.node, subject: finding.subject ?? `\`${name}()\` overridden without the new signature`, advice: finding.advice, fix });
      }
    },
  });
}

/**
 * Overrides that lack the parameter Django now passes last (`obj`, `request`, `created`): an
 * override with exactly `positional` positional parameters (`self` included), no `*args`/`**kwargs`
 * and none named `parameter` gets `text` appended, and its `super().method(…)` calls that pass the
 * others on pass it too (`passOn`).
 */
export function addedParameterRule(
  spec: RuleSpec & {
    bases: string[];
    method: string;
    positional: number;
    /** A further condition on the positional parameters (e.g. the second one is `request`). */
    accepts?: (positional: Parameter[]) => boolean;
    parameter: string;
    /** The parameter's text (`created=True`), or a function of the positional parameters. */
    text: string | ((positional: Parameter[]) => string);
    /** The argument appended to `super()` calls. */
    passOn: string;
    subject: string;
    advice: string;
    /** The fix's title. */
    fixTitle: string;
  },
): PythonRule {
  const { positional: count, accepts, parameter, text, passOn, subject, advice, fixTitle, ...rest } = spec;
  return methodOverrideRule({
    ...rest,
    inspect(_context, fn, parameters) {
      const positional = parameters.filter((p) => p.kind === 'positional');
      if (positional.length !== count || parameters.some((p) => p.kind === 'args' || p.kind === 'kwargs' || p.name === parameter)) return null;
      if (accepts && !accepts(positional)) return null;
      const edits: TextEdit[] = [];
      const added = appendParameter(fn, parameters, typeof text === 'string' ? text : text(positional));
      if (added) edits.push(added);
      for (const call of superCalls(fn, spec.method)) {
        const edit = appendToSuperCall(call, count - 1, passOn);
        if (edit) edits.push(edit);
      }
      return { node: fn.childForFieldName('name')!, subject, advice, title: fixTitle, edits };
    },
  });
}
