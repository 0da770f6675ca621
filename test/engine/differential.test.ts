// The differential test of the engine: on the frozen inputs of the baseline (test/engine/baseline.ts)
// today's engine and catalogue find exactly what was recorded (same rules, ranges, severities,
// messages and fixes). A difference is a bug, or a deliberate change: then re-record with
// `npx tsx scripts/record-findings.ts` and say in the commit which findings changed and why.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getAnalyzer } from '../helpers/analyzer';
import { lintInput, readFindings, readInputs, serialize } from './baseline';

test('the engine finds what the baseline recorded, on every corpus file and every example', async () => {
  const analyzer = await getAnalyzer();
  const expected = new Map<string, string[]>();
  for (const finding of readFindings()) expected.set(finding.input, [...(expected.get(finding.input) ?? []), serialize(finding)]);
  const differences: string[] = [];
  const inputs = readInputs();
  for (const input of inputs) {
    const actual = lintInput(analyzer, input).map(serialize);
    const recorded = expected.get(input.id) ?? [];
    const missing = recorded.filter((line) => !actual.includes(line));
    const added = actual.filter((line) => !recorded.includes(line));
    if (missing.length || added.length) differences.push(`${input.id}:\n${missing.map((l) => `  - ${l}`).join('\n')}${missing.length && added.length ? '\n' : ''}${added.map((l) => `  + ${l}`).join('\n')}`);
  }
  assert.ok(inputs.length > 900, 'the frozen inputs are there');
  assert.equal(differences.length, 0, `${differences.length} inputs differ from the baseline (re-record with \`npx tsx scripts/record-findings.ts\` only if the change is deliberate):\n${differences.slice(0, 30).join('\n').slice(0, 20000)}`);
});
