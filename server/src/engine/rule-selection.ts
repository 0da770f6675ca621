// Which rules run: by default every rule that is not opt-in; `select` (rule ids, category names or
// "all") replaces that default, `ignore` removes rules from it. The ids of findings made outside the
// catalogue (the audit's: `extraIds`) are accepted too: only `ignore` drops one of those.
import type { Rule } from './types';

export interface RuleSelection {
  isEnabled: (rule: Rule<any>) => boolean;
  /** Whether a finding from outside the catalogue is reported: not when `ignore` names it or says "all". */
  isExtraReported: (id: string) => boolean;
  /** Selectors that name no rule, category or extra id. */
  unknown: string[];
}

export interface SelectionOptions {
  /** Ids of findings reported outside the catalogue (audit/extra-rules.ts), known to the selectors. */
  extraIds?: readonly string[];
}

export function selectRules(rules: readonly Rule<any>[], select: readonly string[], ignoreList: readonly string[], options: SelectionOptions = {}): RuleSelection {
  const categories = new Set(rules.map((rule) => rule.category));
  const ids = new Set(rules.map((rule) => rule.id));
  const extraIds = new Set(options.extraIds ?? []);
  const clean = (list: readonly string[]) => list.flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
  const selected = clean(select);
  const ignored = clean(ignoreList);
  const unknown = [...selected, ...ignored].filter((item) => item !== 'all' && !ids.has(item) && !categories.has(item as Rule['category']) && !extraIds.has(item));
  const matches = (rule: Rule<any>, list: string[]) => list.includes('all') || list.includes(rule.id) || list.includes(rule.category);
  return {
    unknown,
    isExtraReported: (id) => !ignored.includes(id) && !ignored.includes('all'),
    isEnabled: (rule) => {
      if (matches(rule, ignored)) return false;
      if (selected.length > 0) return matches(rule, selected);
      return !rule.optIn;
    },
  };
}
