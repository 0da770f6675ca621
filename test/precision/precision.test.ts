// Precision as a test: the default rule set on real Django apps nobody here wrote (corpus.json,
// downloaded once into .cache/precision with pip; the first run needs PyPI). Every finding of the
// corpus was labelled right or wrong by hand (labels.jsonl); this test fails when
//   - a finding labelled right is no longer reported (a rule lost a true positive),
//   - a finding labelled wrong and marked fixed is reported again (a false positive came back),
//   - a finding labelled wrong but still open is no longer reported (mark it fixed, so that the
//     precision table in docs/coverage.md stays true: `npm run precision -- --mark-fixed`),
//   - summary.json (the findings per rule behind the table) no longer matches the scan,
//   - a recorded miss (misses.jsonl: a removed API no rule reports) is reported and not marked found.
// New findings without a label do not fail it; they are listed so that they can be labelled.
// The whole corpus is scanned (25 packages, about 1,600 files).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { precisionByFamily } from '../../server/src/docs/precision-table';
import { rules } from '../../server/src/rules';
import { checkMisses, compareWithLabels, ensureCorpus, keyOf, readCorpus, readLabels, readMisses, readSummary, repoRoot, scanCorpus, summaryOf } from './corpus';
import { falsePositiveFixtures } from './false-positives';

const labels = readLabels();

test('every label is complete and names a pattern that has a fixture', () => {
  const corpus = new Set(readCorpus().map((p) => `${p.name}-${p.version}`));
  const keys = new Set<string>();
  const patterns = new Set(falsePositiveFixtures.map((f) => f.pattern));
  for (const label of labels) {
    const where = `${label.package}/${label.path}:${label.line} ${label.rule}`;
    assert.ok(corpus.has(label.package), `${where}: package not in corpus.json`);
    assert.ok(label.verdict === 'right' || label.verdict === 'wrong', `${where}: verdict`);
    assert.ok(label.reason && label.reason.length > 20, `${where}: a reason`);
    assert.ok(!keys.has(keyOf(label)), `${where}: labelled twice`);
    keys.add(keyOf(label));
    if (label.verdict === 'wrong') {
      assert.ok(label.pattern && patterns.has(label.pattern), `${where}: pattern ${label.pattern} has a fixture in false-positives.ts`);
      assert.equal(typeof label.fixed, 'boolean', `${where}: fixed is true or false`);
    }
  }
  for (const fixture of falsePositiveFixtures) {
    assert.ok(labels.some((l) => l.pattern === fixture.pattern), `fixture ${fixture.pattern} comes from a labelled finding`);
  }
});

test('the corpus findings agree with the labels', (t) => {
  const folders = ensureCorpus();
  const scans = scanCorpus(folders);
  const comparison = compareWithLabels(scans, labels);
  assert.deepEqual(comparison.problems, []);
  const misses = readMisses();
  assert.deepEqual(checkMisses(scans, folders, misses), [], 'misses.jsonl');
  assert.deepEqual(summaryOf(scans), readSummary(), 'test/precision/summary.json is stale: run `npm run precision`');
  for (const [family, row] of precisionByFamily(labels, summaryOf(scans), rules)) {
    t.diagnostic(`${family}: ${row.findings} findings, ${row.sampled} sampled, ${row.right} right, ${row.wrong} wrong`);
  }
  t.diagnostic(`${misses.filter((m) => !m.found).length} recorded miss(es) still unreported (misses.jsonl)`);
  t.diagnostic(`${comparison.unlabelled.length} finding(s) without a label (\`npm run precision -- --unlabelled FILE\` lists them)`);
  for (const f of comparison.unlabelled.slice(0, 20)) t.diagnostic(`unlabelled: ${f.package}/${f.path}:${f.line} ${f.rule}: ${f.code}`);
});

test('each false-positive fixture reproduces its pattern until the rules are fixed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precision-fixtures-'));
  try {
    falsePositiveFixtures.forEach((fixture, index) => {
      const file = path.join(dir, String(index), fixture.filename);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, fixture.code);
    });
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), 'scan', '.', '--output-format', 'json', '--exit-zero'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    const findings = (JSON.parse(result.stdout) as { findings: Array<{ path: string; rule: string; line: number }> }).findings;
    falsePositiveFixtures.forEach((fixture, index) => {
      const own = findings.filter((f) => f.path.split(/[\\/]/)[0] === String(index));
      const ruleIds = [...new Set(own.map((f) => f.rule))].sort();
      if (fixture.fixed) assert.deepEqual(own, [], `${fixture.pattern}: fixed, so no finding`);
      else assert.deepEqual(ruleIds, [...fixture.rules].sort(), `${fixture.pattern}: still reported by exactly ${fixture.rules.join(', ')} (set fixed: true once it is not)`);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
