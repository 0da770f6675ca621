// The catalogue is checked against the real Django releases: every name a rule calls removed
// exists before its removal and is gone in the release that removed it, and every replacement a
// fix writes exists in the version the fix requires. The releases are read as source (downloaded
// once into .cache/django by test/django-truth/check_claims.py), never imported.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { rules } from '../../server/src/rules';
import { compareVersions, djangoReleases } from '../../server/src/versions/django-version';

const repoRoot = path.resolve(__dirname, '..', '..');
// The releases the claims are checked against: 1.4 (Python 2 source, read through lib2to3) to 6.1.
const checkable = djangoReleases.filter((v) => compareVersions(v, '1.4') >= 0 && compareVersions(v, '6.1') <= 0);
// The releases whose fixed examples are imported: 1.8 to 6.0 (import_examples.py says which of them
// Python 3.11 imports; 1.4 to 1.7 are never installed or imported, 6.1 needs Python 3.12).
const importable = checkable.filter((v) => compareVersions(v, '1.8') >= 0 && compareVersions(v, '6.0') <= 0);
// Replacements are checked up to 6.0: in 6.1 GenericForeignKey.get_prefetch_querysets() moved to
// GenericForeignKeyDescriptor, which get-prefetch-queryset-fallback's claim does not know yet
// (docs/timeline-worklist.json, "catalogueCorrections"); raise this to the newest release with it.
const newest = '6.0';

function previous(version: string): string | null {
  const index = checkable.indexOf(version);
  return index > 0 ? checkable[index - 1] : null;
}

interface Claim {
  id: string;
  version: string;
  symbol: string;
  parameter?: string;
  reads?: string;
  exists: boolean;
}

function claimsOf(): Claim[] {
  const claims: Claim[] = [];
  for (const rule of rules) {
    const truth = rule.truth;
    // A library rule's claims are about its library's releases (test/libraries/library-truth.test.ts).
    if (!truth || rule.library) continue;
    const removal = rule.removedIn && checkable.includes(rule.removedIn) ? rule.removedIn : null;
    const before = removal ? previous(removal) : null;
    for (const symbol of truth.removed ?? []) {
      if (before) claims.push({ id: `${rule.id}: ${symbol} exists in ${before}`, version: before, symbol, exists: true });
      if (rule.deprecatedIn && rule.deprecatedIn !== before && checkable.includes(rule.deprecatedIn) && rule.deprecatedIn !== removal) {
        claims.push({ id: `${rule.id}: ${symbol} exists in ${rule.deprecatedIn}`, version: rule.deprecatedIn, symbol, exists: true });
      }
      if (removal) claims.push({ id: `${rule.id}: ${symbol} is gone in ${removal}`, version: removal, symbol, exists: false });
    }
    for (const { symbol, name } of truth.removedParameters ?? []) {
      if (before) claims.push({ id: `${rule.id}: ${symbol}(${name}=) accepted in ${before}`, version: before, symbol, parameter: name, exists: true });
      if (removal) claims.push({ id: `${rule.id}: ${symbol}(${name}=) gone in ${removal}`, version: removal, symbol, parameter: name, exists: false });
    }
    for (const setting of truth.removedSettingReads ?? []) {
      if (before) claims.push({ id: `${rule.id}: Django ${before} reads settings.${setting}`, version: before, symbol: 'django', reads: setting, exists: true });
      if (removal) claims.push({ id: `${rule.id}: Django ${removal} reads settings.${setting} nowhere`, version: removal, symbol: 'django', reads: setting, exists: false });
    }
    const floor = rule.fixMinVersion ?? rule.deprecatedIn;
    for (const symbol of truth.replacements ?? []) {
      for (const version of [floor && checkable.includes(floor) ? floor : checkable[0], newest]) {
        claims.push({ id: `${rule.id}: replacement ${symbol} exists in ${version}`, version: version!, symbol, exists: true });
      }
    }
  }
  return claims;
}

test('every rule states what it relies on, or why it cannot', () => {
  for (const rule of rules) {
    assert.ok(rule.truth, `${rule.id} has truth claims`);
    const count = (rule.truth.removed?.length ?? 0) + (rule.truth.replacements?.length ?? 0) + (rule.truth.removedParameters?.length ?? 0) + (rule.truth.removedSettingReads?.length ?? 0);
    assert.ok(count > 0 || rule.truth.note, `${rule.id} states a claim or a note`);
  }
});

test('the catalogue agrees with the real Django releases', (t) => {
  const claims = claimsOf();
  const result = spawnSync('python3', [path.join(repoRoot, 'test', 'django-truth', 'check_claims.py')], {
    input: JSON.stringify({ cacheDir: path.join(repoRoot, '.cache', 'django'), claims }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  assert.equal(result.status, 0, `check_claims.py failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { results: Array<{ id: string; ok: boolean; detail: string }>; versions: Record<string, string> };
  const wrong = report.results.filter((r) => !r.ok).map((r) => `${r.id}: ${r.detail}`);
  assert.deepEqual(wrong, []);
  assert.equal(report.results.length, claims.length);
  t.diagnostic(`${claims.length} claims checked against Django ${Object.values(report.versions).sort().join(', ')}`);
  for (const rule of rules) if (rule.truth?.note) t.diagnostic(`${rule.id}: ${rule.truth.note}`);
});

interface ImportReport {
  versions: Record<string, { installed: string | null; importable: boolean; reason: string | null; examples: number; compiled: number; imported: number; skipped: number; failed: number }>;
  results: Array<{ id: string; version: string; compiled: boolean; status: 'imported' | 'compiled' | 'skipped' | 'failed'; detail: string }>;
}

// The fixed output of every Python example is compiled and, when the example is self-contained
// (test/django-truth/README.md, "Fixed examples under real Django"), its imports are executed under
// the real releases that Python 3.11 can import: the oldest one from the rule's removal on, and the
// oldest one the fix claims to support. Releases are installed once into .cache/venvs/django-X.Y.
test('the fixed examples compile and import under real Django releases', (t) => {
  const examples: Array<{ id: string; code: string; floor: string | null; top: string | null }> = [];
  for (const rule of rules) {
    if (!rule.languages.includes('python') || rule.library) continue;
    rule.examples.invalid.forEach((example, index) => {
      if (example.output === undefined || (example.filename && !example.filename.endsWith('.py'))) return;
      examples.push({ id: `${rule.id} invalid #${index + 1}`, code: example.output, floor: rule.fixMinVersion ?? rule.deprecatedIn, top: rule.removedIn });
    });
  }
  const result = spawnSync('python3', [path.join(repoRoot, 'test', 'django-truth', 'import_examples.py')], {
    input: JSON.stringify({
      venvDir: path.join(repoRoot, '.cache', 'venvs'),
      sourceDir: path.join(repoRoot, '.cache', 'django'),
      findLinks: [path.join(repoRoot, '.cache', 'django', 'downloads')],
      versions: importable,
      examples,
    }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  assert.equal(result.status, 0, `import_examples.py failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as ImportReport;
  const failures = report.results.filter((r) => r.status === 'failed').map((r) => `${r.id} under Django ${r.version}: ${r.detail}`);
  assert.deepEqual(failures, []);
  const checked = new Set(report.results.map((r) => r.id));
  t.diagnostic(`${examples.length} fixed Python examples; ${checked.size} checked under at least one release (${examples.length - checked.size} need a newer release than Python 3.11 imports)`);
  for (const [version, entry] of Object.entries(report.versions)) {
    if (!entry.importable) t.diagnostic(`Django ${version}: not importable here (${entry.reason})`);
    else if (entry.examples > 0) {
      t.diagnostic(`Django ${entry.installed}: ${entry.compiled} compiled, ${entry.imported} imported, ${entry.skipped} skipped (of ${entry.examples})`);
    }
  }
  const reasons = new Map<string, number>();
  for (const r of report.results) {
    if (r.status !== 'skipped') continue;
    const reason = r.detail.replace(/`[^`]*`/g, '…').replace(/:.*$/, '');
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  for (const [reason, count] of reasons) t.diagnostic(`skipped ${count}× (${reason})`);
});
