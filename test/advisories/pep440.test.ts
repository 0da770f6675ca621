// PEP 440 ordering against Python's own `packaging` (what pip uses), on every version string of the
// advisory snapshot and the shared OSV records, plus the spellings PEP 440 normalises.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { advisorySnapshot } from '../../server/src/audit/advisories';
import { comparePep440, isPep440, seriesOf } from '../../server/src/audit/advisory-versions';
import { readOsvDatabase } from '../../scripts/advisories-sources';
import { sharedAdvisoriesDir } from '../../scripts/advisories';

const spellings = [
  '1.0', '1.0.0', '1.0.post1', '1.0-1', '1.0.post1.dev2', '1.0.dev0', '1.0a1', '1.0alpha2', '1.0b1', '1.0.beta.3', '1.0c1', '1.0rc1', '1.0RC2',
  '1.0pre3', '1.0.preview4', '1.0a1.dev1', '1.0a1.post1', '1!0.5', 'v1.1', '1.0+local.1', '1.0+local.a', '1.0+1', '1.0.0.0.1', '2.0.0.dev1',
  '0.6a1', '1.10rc1', '1.8c1', '1.7b4', '3.2.dev0', '10.0.0', '2.0.12', '2.0.2', '0', '1.0.r2', '1.0-rev3', '1.0_post4', '1.0a', '1.0.dev',
];

function snapshotVersions(): string[] {
  const all = new Set<string>(spellings);
  for (const records of Object.values(advisorySnapshot.packages)) {
    for (const record of records) {
      for (const range of record.ranges) for (const v of [range.introduced, range.fixed]) if (v && v !== '0') all.add(v);
      for (const v of record.versions ?? []) all.add(v);
    }
  }
  const shared = sharedAdvisoriesDir();
  if (shared) for (const record of readOsvDatabase(path.join(shared, 'pypa-osv'))) for (const a of record.affected) for (const v of a.versions) all.add(v);
  return [...all];
}

/** Sorted by packaging.version.Version in Python (pip's vendored copy when `packaging` is absent). */
function pythonSort(versions: string[]): { sorted: string[]; invalid: string[] } {
  const script = [
    'import json, sys',
    'try:\n    from packaging.version import Version, InvalidVersion\nexcept ImportError:\n    from pip._vendor.packaging.version import Version, InvalidVersion',
    'vs = json.load(sys.stdin)',
    'ok, bad = [], []',
    'for v in vs:\n    try:\n        Version(v); ok.append(v)\n    except InvalidVersion:\n        bad.append(v)',
    'ok.sort(key=lambda v: (Version(v), v))',
    'json.dump({"sorted": ok, "invalid": bad}, sys.stdout)',
  ].join('\n');
  const result = spawnSync('python3', ['-c', script], { input: JSON.stringify(versions), encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test('comparePep440 orders every version as packaging.version does', (t) => {
  const versions = snapshotVersions();
  const { sorted, invalid } = pythonSort(versions);
  assert.deepEqual(invalid.filter(isPep440), [], 'what packaging rejects, we reject');
  assert.deepEqual(sorted.filter((v) => !isPep440(v)), [], 'what packaging accepts, we accept');
  // Same order, and equal exactly where packaging says equal (1.0 == 1.0.0, 1.0-1 == 1.0.post1).
  const ours = [...sorted].sort((a, b) => comparePep440(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  assert.deepEqual(ours, sorted);
  for (let i = 1; i < sorted.length; i++) assert.ok(comparePep440(sorted[i - 1], sorted[i]) <= 0, `${sorted[i - 1]} <= ${sorted[i]}`);
  t.diagnostic(`${versions.length} version strings checked against packaging`);
});

test('equal spellings compare equal; the series of a release', () => {
  for (const [a, b] of [['1.0', '1.0.0'], ['1.0-1', '1.0.post1'], ['1.0c1', '1.0rc1'], ['1.0alpha2', '1.0a2'], ['v1.1', '1.1'], ['1.0a', '1.0a0']]) assert.equal(comparePep440(a, b), 0, `${a} == ${b}`);
  assert.ok(comparePep440('3.2.dev0', '3.2a1') < 0 && comparePep440('3.2rc1', '3.2') < 0 && comparePep440('3.2', '3.2.post1') < 0);
  assert.deepEqual(['3.2.25', '3.2', '10', '1!2.0.1', '4.2rc1'].map(seriesOf), ['3.2', '3.2', '10.0', '2.0', '4.2']);
  assert.equal(seriesOf('not a version'), null);
  assert.throws(() => comparePep440('1.0', 'latest'), /not a PEP 440 version: latest/);
});
