// Shapes several parity rules share: a keyword argument of a Django callable that was renamed.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { callArguments } from '../../../engine/python-edits';
import { callsTo, classAttributeAssignments, moduleAssignments } from '../python-queries';
import type { PythonRule } from '../rule-factories';

type RuleSpec = Omit<PythonRule, 'check' | 'languages'>;

/** Calls of the callables (resolved through the imports), with their keyword arguments. */
export function callsWithKeywords(context: PythonRuleContext, callables: readonly string[]) {
  return callsTo(context, callables).map(({ call, callee, qualifiedName }) => ({ call, callee, qualifiedName, ...callArguments(call) }));
}

/** `f(old=…)` → `f(new=…)` for the callables, unless the call already passes `new`. */
export function renamedKeywordRule(spec: RuleSpec & { callables: string[]; renames: Record<string, string>; display: string }): PythonRule {
  return {
    ...spec,
    languages: ['python'],
    check(context) {
      for (const { keywords } of callsWithKeywords(context, spec.callables)) {
        if (Object.values(spec.renames).some((name) => keywords.has(name))) continue;
        for (const [old, replacement] of Object.entries(spec.renames)) {
          const argument = keywords.get(old);
          const name: Node | null | undefined = argument?.childForFieldName('name');
          if (!argument || !name) continue;
          context.report({
            node: name,
            subject: `\`${spec.display}(${old}=…)\``,
            advice: `use \`${replacement}=\``,
            fix: { title: `Rename \`${old}=\` to \`${replacement}=\``, edits: [{ start: name.startIndex, end: name.endIndex, text: replacement }] },
          });
        }
      }
    },
  };
}

/**
 * `NAME = value` settings: at module level (also in module-level if/try blocks), and in
 * module-level classes that keep another statement (class-based settings such as
 * django-configurations), where django-upgrade's settings fixers look.
 */
export function settingAssignments(context: PythonRuleContext, name: string) {
  const classLevel = context.tree.rootNode.namedChildren
    .filter((n): n is Node => n?.type === 'class_definition' && (n.childForFieldName('body')?.namedChildren.filter((c) => c && c.type !== 'comment').length ?? 0) > 1)
    .flatMap((cls) => classAttributeAssignments(cls, name));
  return [...moduleAssignments(context, name).filter((a) => a.assignment.type === 'assignment'), ...classLevel];
}
