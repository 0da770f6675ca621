// Projects pinned to Django 1.4-1.7 (issue 11): the audit's path climbs 1.4 → 1.8 → 1.11 → 2.2 → …,
// and what Django removed in 1.5-1.8 blocks the first step, with the rules of the 1.4-1.7 timeline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathSteps, planUpgradePath } from '../../server/src/audit/upgrade-path';
import type { Finding } from '../../server/src/engine/types';
import { ruleById } from '../../server/src/rules';

function findingOf(id: string): Finding {
  const rule = ruleById(id);
  assert.ok(rule, `rule ${id}`);
  return { rule, start: 0, end: 1, message: id, severity: 'error' };
}

test('a Django 1.4 project climbs through 1.8 and every later LTS', () => {
  assert.deepEqual(pathSteps('1.4', '5.2'), ['1.8', '1.11', '2.2', '3.2', '4.2', '5.2']);
  assert.deepEqual(pathSteps('1.6', '2.2'), ['1.8', '1.11', '2.2']);
  assert.deepEqual(pathSteps('1.7', '1.11'), ['1.8', '1.11']);
});

test('removals of 1.5-1.8 block the step to 1.8, those of 1.9-1.11 the step to 1.11', () => {
  const findings = ['conf-urls-defaults', 'utils-simplejson', 'transaction-legacy-api', 'models-loading', 'request-request', 'core-urlresolvers'].map(findingOf);
  const steps = planUpgradePath('1.4', '2.2', findings, [], '2.7');
  const blocking = Object.fromEntries(steps.filter((s) => s.kind === 'django').map((s) => [s.django, s.rules.map((r) => r.rule).sort()]));
  assert.deepEqual(blocking['1.8'], ['conf-urls-defaults', 'transaction-legacy-api', 'utils-simplejson']);
  assert.deepEqual(blocking['1.11'], ['models-loading', 'request-request']);
  assert.deepEqual(blocking['2.2'], ['core-urlresolvers']);
});

test("a step the project's Python does not run on names the nearest Python it supports", () => {
  // Python 3.3 ran Django 1.6-1.8; 1.11 needs 3.4 or newer (2.7 is not the way forward).
  const from33 = planUpgradePath('1.8', '1.11', [], [], '3.3').filter((s) => s.kind === 'django');
  assert.deepEqual(from33.map((s) => [s.django, s.pythonUpgrade]), [['1.11', '3.4']]);
  // Python 2.6 ran Django 1.4-1.6; 1.8 needs 2.7.
  assert.deepEqual(planUpgradePath('1.4', '1.8', [], [], '2.6').map((s) => s.pythonUpgrade), ['2.7']);
  // A Python newer than any the step supports: its newest.
  assert.deepEqual(planUpgradePath('1.4', '1.8', [], [], '3.6').map((s) => s.pythonUpgrade), ['3.5']);
});
