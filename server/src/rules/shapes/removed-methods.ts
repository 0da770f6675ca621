// Methods of Django classes that were removed or renamed. Methods do not resolve through imports
// as names do, so a use counts only where the receiver is known to be the Django object (its own
// `self`, an instance the module creates, or what `receiver` accepts). Triggers: the methods' names.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { replaceNode } from '../../engine/python-edits';
import { ClassMatcher, isInstanceOf, methodCalls, methodsOf, subclassesOf } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { definePythonRule, lastNames, PythonRule, RuleSpec } from './define';

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
 * Finds overrides of the methods in subclasses of `classes`, calls on `self`/`super()` there,
 * calls on instances the file creates, and calls on receivers `receiver` accepts (e.g. `x._meta`).
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
  const { methods, classes, receiver, overrides, callFilter, ...rest } = spec;
  const byName = new Map(methods.map((m) => [m.name, m]));
  return definePythonRule({
    ...rest,
    triggers: methods.map((method) => method.name),
    // A subclass or an instance needs one of the classes' names; another receiver may need none.
    requiresOneOf: rest.requiresOneOf ?? (receiver ? undefined : lastNames(classes as readonly (string | RegExp)[])),
    check(context) {
      const subclasses = subclassesOf(context, classes);
      const fixable = spec.fix !== 'none';
      if (overrides !== false) {
        for (const cls of subclasses) {
          for (const { nameNode, name } of methodsOf(cls)) {
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
      for (const { call, callee, receiver: object, name, nameNode } of methodCalls(context, byName.keys())) {
        if (callFilter && !callFilter(call)) continue;
        const known = isInstanceOf(context, object, classes, subclasses) || (receiver?.(context, object) ?? false);
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
  });
}
