// The rule catalogue: the one list that the server, the CLI, the docs and the tests read.
import type { Rule } from '../engine/types';
import confUrlsUrl from './python/conf-urls-url';
import coreUrlresolvers from './python/core-urlresolvers';
import encodingForceText from './python/encoding-force-text';
import translationUgettext from './python/translation-ugettext';

export const rules: readonly Rule<any>[] = [
  coreUrlresolvers,
  confUrlsUrl,
  encodingForceText,
  translationUgettext,
];

export const categories = [...new Set(rules.map((rule) => rule.category))];

export function ruleById(id: string): Rule<any> | undefined {
  return rules.find((rule) => rule.id === id);
}
