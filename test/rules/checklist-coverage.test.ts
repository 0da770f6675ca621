// The catalogue against Django's deprecation checklist: ids are real, docs/coverage.md is fresh,
// and coverage never drops below what it was.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { coverageMarkdown, coverageOf } from '../../server/src/docs/checklist-coverage';
import { notDetectable } from '../../server/src/rules/not-detectable';
import { rules } from '../../server/src/rules';
import { precisionSection } from '../precision/corpus';

const root = path.resolve(__dirname, '..', '..');
const checklistPath = path.resolve(root, '..', 'shared', 'reference', 'django-deprecations.json');
const present = fs.existsSync(checklistPath);
/** Raise this as rules are added; it only guards against losing coverage. */
const minimumPythonCoverage = 0.89;

test('checklist ids, explanations and docs/coverage.md', { skip: present ? false : `${checklistPath} is missing` }, (t) => {
  const entries = JSON.parse(fs.readFileSync(checklistPath, 'utf8'));
  const ids = new Set(entries.map((e: { id: string }) => e.id));
  for (const rule of rules) for (const id of rule.checklist ?? []) assert.ok(ids.has(id), `${rule.id} names unknown checklist entry ${id}`);
  for (const entry of notDetectable) {
    assert.ok(ids.has(entry.checklist), `not-detectable names unknown entry ${entry.checklist}`);
    assert.ok(entry.reason.length > 15, `${entry.checklist} needs a real reason`);
    assert.ok(!rules.some((r) => r.checklist?.includes(entry.checklist)), `${entry.checklist} is both covered and called not detectable`);
  }
  assert.equal(fs.readFileSync(path.join(root, 'docs', 'coverage.md'), 'utf8'), coverageMarkdown(entries, rules, notDetectable, precisionSection(rules)), 'run `npm run docs`');
  const { coverage } = coverageOf(entries, rules, notDetectable);
  const share = coverage.pythonCovered / coverage.pythonTotal;
  t.diagnostic(`Python/settings entries since 1.8: ${coverage.pythonCovered}/${coverage.pythonTotal} covered (${(100 * share).toFixed(1)}%), ${coverage.pythonExplained} explained; templates ${coverage.templateCovered}/${coverage.templateTotal}`);
  assert.ok(share >= minimumPythonCoverage, `coverage ${share} fell below ${minimumPythonCoverage}`);
  // Issue 11: every entry of the timeline, 1.4 to 6.1, is covered by a rule or explained.
  const open = entries.filter((e: { id: string }) => !rules.some((r) => r.checklist?.includes(e.id)) && !notDetectable.some((n) => n.checklist === e.id));
  assert.deepEqual(open.map((e: { id: string }) => e.id), [], 'entries neither covered by a rule nor explained in rules/not-detectable');
});
