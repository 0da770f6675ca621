// Which rules run: by default every rule that is not opt-in; `select` (rule ids, category names or
// "all") replaces that default, `ignore` removes rules from it.
import type { Rule } from './types';

export interface RuleSelection {
  isEnabled: (rule: Rule<any>) => boolean;
  /** Selectors that name no rule or category. */
  unknown: string[];
}

export function selectRules(rules: readonly Rule<any>[], select: readonly string[], ignoreList: readonly string[]): RuleSelection {
  const categories = new Set(rules.map((rule) => rule.category));
  const ids = new Set(rules.map((rule) => rule.id));
  const clean = (list: readonly string[]) => list.flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
  const selected = clean(select);
  const ignored = clean(ignoreList);
  const unknown = [...selected, ...ignored].filter((item) => item !== 'all' && !ids.has(item) && !categories.has(item as Rule['category']));
  const matches = (rule: Rule<any>, list: string[]) => list.includes('all') || list.includes(rule.id) || list.includes(rule.category);
  return {
    unknown,
    isEnabled: (rule) => {
      if (matches(rule, ignored)) return false;
      if (selected.length > 0) return matches(rule, selected);
      return !rule.optIn;
    },
  };
}
