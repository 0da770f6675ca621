// The rule catalogue: the one list that the server, the CLI, the docs and the tests read. Each
// rule lives in its own module, rules/<category>/<id>.ts, with one line in catalogue.ts.
import type { Rule } from '../engine/types';
import * as catalogue from './catalogue';

/** Every rule (catalogue.ts), by id. */
export const rules: readonly Rule<any>[] = Object.values(catalogue as Record<string, Rule<any>>).sort((a, b) => a.id.localeCompare(b.id));

export const categories = [...new Set(rules.map((rule) => rule.category))];

export function ruleById(id: string): Rule<any> | undefined {
  return rules.find((rule) => rule.id === id);
}
