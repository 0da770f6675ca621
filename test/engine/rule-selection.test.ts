// select/ignore (engine/rule-selection.ts): rule ids, categories and "all", plus the ids of the
// audit's own findings (extraIds), which only `ignore` drops.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extraRuleIds } from '../../server/src/audit/extra-rules';
import { selectRules } from '../../server/src/engine/rule-selection';
import { rules } from '../../server/src/rules';

const rule = rules.find((r) => !r.optIn)!;

test('extra ids are known selectors, not unknown ones, and only ignore drops their findings', () => {
  assert.deepEqual(selectRules(rules, ['known-vulnerabilities'], []).unknown, ['known-vulnerabilities'], 'without extraIds they are unknown');
  const selected = selectRules(rules, ['known-vulnerabilities', rule.id], ['migration-conflict, nonsense-id'], { extraIds: extraRuleIds });
  assert.deepEqual(selected.unknown, ['nonsense-id']);
  assert.equal(selected.isExtraReported('known-vulnerabilities'), true, 'select leaves the audit\'s findings alone');
  assert.equal(selected.isExtraReported('migration-conflict'), false, 'ignored by id, in a comma-separated item');
  assert.equal(selected.isEnabled(rule), true);
  assert.equal(selectRules(rules, [], ['all'], { extraIds: extraRuleIds }).isExtraReported('dependency-unsupported'), false, '"all" ignores them too');
  assert.equal(selectRules(rules, ['all'], [], { extraIds: extraRuleIds }).isExtraReported('dependency-unsupported'), true);
});
