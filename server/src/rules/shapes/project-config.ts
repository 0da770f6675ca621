// Helpers of the project-config rules (settings, URLs, management commands, middleware).
//
// `removedSettingRule`: settings that Django dropped without a replacement setting. Each rule finds
// the assignments in settings modules, class-based settings included (`settingAssignments`); when
// the value is the one Django behaves as without it (the old default, or the new behaviour), the
// fix removes the setting, otherwise the message says what to do. The setting is its trigger.
// `alwaysOnSettingRule`: a switch whose `True` became the only behaviour; each `= True` is removed.
import type { Node } from 'web-tree-sitter';
import { deleteSettingEdits, deleteStatement } from '../../engine/python-edits';
import { CommandCall, literalString, settingAssignments, stringValue } from '../../engine/python-queries';
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
    // The fix deletes the setting only where the module reads the name nowhere else (`deleteSettingEdits`).
    locality: 'file',
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

interface AlwaysOnSetting extends Omit<RuleSpec, 'onlyIn' | 'truth' | 'fix'> {
  setting: string;
  /** What to do with `= True`, which the fix removes. */
  trueAdvice: string;
  /** What to do with any other value (no fix). */
  advice: string;
}

/**
 * A switch Django removed once `True` was the only behaviour (`USE_L10N`,
 * `FORMS_URLFIELD_ASSUME_HTTPS`): every assignment in settings, module level and class-based
 * settings (django-configurations) alike, as django-upgrade reads them, is reported, and each
 * `= True` statement is deleted on its own, whatever else the module does with the name.
 */
export function alwaysOnSettingRule(spec: AlwaysOnSetting): PythonRule {
  const { setting, trueAdvice, advice, ...rest } = spec;
  return definePythonRule({
    ...rest,
    onlyIn: ['settings'],
    fix: 'safe',
    truth: { removed: [`django.conf.global_settings.${setting}`] },
    triggers: [setting],
    check(context) {
      for (const { statement, left, right } of settingAssignments(context, setting)) {
        const isTrue = right?.type === 'true';
        context.report({
          node: left,
          subject: `The \`${setting}\` setting`,
          advice: isTrue ? trueAdvice : advice,
          fix: isTrue ? { title: `Remove \`${setting} = True\``, edits: [deleteStatement(context.text, statement)] } : undefined,
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


/** The argument of a `call_command()` that passes an option: `name=…` or one of the flag strings. */
export function optionArgument(call: CommandCall, keywords: string[], flags: string[]): Node | null {
  for (const keyword of keywords) {
    const byKeyword = call.keywords.get(keyword);
    if (byKeyword) return byKeyword;
  }
  return call.positional.find((p) => {
    const value = stringValue(p);
    return value !== null && flags.some((flag) => value === flag || value.startsWith(`${flag}=`));
  }) ?? null;
}

/** Whether a `name=True` keyword (or a bare flag string) turns the option on. */
export function turnsOn(argument: Node): boolean {
  if (argument.type !== 'keyword_argument') return true;
  return argument.childForFieldName('value')?.type === 'true';
}

/** URL names the sitemaps documentation gives its patterns (and `ping_google()` reverses): names, not paths. */
const documentedNames = ['django.contrib.sitemaps.views.index', 'django.contrib.sitemaps.views.sitemap', 'django.contrib.gis.sitemaps.views.kml', 'django.contrib.gis.sitemaps.views.kmz'];

/**
 * A string that is a view's Python path rather than a URL name: dotted identifiers with a `views`
 * module (`shop.views.index`, `django.contrib.auth.views.login`). URL names may contain dots, so
 * dotted names without a `views` part are left alone.
 */
export function isViewPath(value: string): boolean {
  if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(value) || documentedNames.includes(value)) return false;
  const parts = value.split('.');
  return parts.slice(0, -1).includes('views');
}
