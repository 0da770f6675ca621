// Helpers of the project-config rules (settings, URLs, management commands, middleware).
//
// `removedSettingRule`: settings that Django dropped without a replacement setting. Each rule finds
// the assignments in settings modules, class-based settings included (`settingAssignments`); when
// the value is the one Django behaves as without it (the old default, or the new behaviour), the
// fix removes the setting, otherwise the message says what to do. The setting is its trigger.
import type { Node } from 'web-tree-sitter';
import { deleteSettingEdits } from '../../engine/python-edits';
import { literalString, settingAssignments } from '../../engine/python-queries';
import { definePythonRule } from './define';
import type { PythonRule, RuleSpec } from './define';

interface RemovedSetting extends Omit<RuleSpec, 'onlyIn' | 'truth' | 'fix'> {
  setting: string;
  /** Values that removing the setting keeps as they are: the fix deletes it. */
  removable?: (value: Node) => boolean;
  /** What to do with a value the fix does not remove. */
  advice: string;
  /** What to do with a removable value; default "remove it". */
  removableAdvice?: string;
  truth?: PythonRule['truth'];
}

export const isFalse = (value: Node) => value.type === 'false';
export const isString = (...values: string[]) => (value: Node) => {
  const text = literalString(value);
  return text !== null && values.includes(text.toLowerCase());
};

export function removedSettingRule(spec: RemovedSetting): PythonRule {
  const { setting, removable, advice, removableAdvice, ...rest } = spec;
  return definePythonRule({
    truth: { removed: [`django.conf.global_settings.${setting}`] },
    ...rest,
    fix: removable ? 'safe' : 'none',
    onlyIn: ['settings'],
    triggers: [setting],
    check(context) {
      const assignments = settingAssignments(context, setting);
      if (assignments.length === 0) return;
      const plain = removable && assignments.every((a) => a.right && a.assignment.type === 'assignment' && removable(a.right));
      const edits = plain ? deleteSettingEdits(context, setting, assignments) : null;
      for (const { left, right } of assignments) {
        const canRemove = removable && right && removable(right);
        context.report({
          node: left,
          subject: `The \`${setting}\` setting`,
          advice: canRemove ? removableAdvice ?? 'remove it' : advice,
          fix: edits ? { title: `Remove \`${setting}\``, edits } : undefined,
        });
      }
    },
  });
}

/** Names a value reads (a walk of the value only, not the module): identifiers that are not attribute names or keyword names. */
export function namesRead(value: Node): Node[] {
  return value.descendantsOfType('identifier').filter((n): n is Node => {
    if (!n) return false;
    const parent = n.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === n.startIndex) return false;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === n.startIndex) return false;
    return true;
  });
}

