// The library work list (docs/library-worklist.yaml, issue 13 part 1): every entry is complete for
// the rule writer, and every fact it states is proven against the real releases on PyPI by
// test/library-truth/check_library_claims.py: what was removed exists in the release before its
// removal and is gone in it, what marks the deprecation appears in `deprecatedIn` and not before,
// replacements exist from the fix's minimum version, and the examples' imports exist where they
// should (the invalid code's in the release before the removal, the fixed code's in the newest).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { findLibrary, newestRelease, releaseAt } from '../../server/src/versions/libraries';
import { checkLibraryClaims, claimsOfSpec, exampleImportClaims, LibraryClaim, LibraryTruthClaims, packageOfClaim } from '../library-truth/claims';

const repoRoot = path.resolve(__dirname, '..', '..');
const worklistFile = path.join(repoRoot, 'docs', 'library-worklist.yaml');

interface Example {
  code: string;
  filename?: string;
  findings?: number;
  output?: string;
}

interface Entry {
  id: string;
  package: string;
  category: string;
  kind: string;
  title: string;
  old: string;
  new: string | null;
  deprecatedIn: string | null;
  removedIn: string | null;
  fixMinVersion?: string | null;
  fix: 'safe' | 'unsafe' | 'none';
  fixSafety: string;
  evidence: string;
  docsDisagree?: string;
  mapping?: Array<Record<string, string>>;
  truth: LibraryTruthClaims;
  examples: { valid: Example[]; invalid: Example[] };
}

const worklist = parse(fs.readFileSync(worklistFile, 'utf8')) as { generated: string; proposal: string; claimForms: string; entries: Entry[] };
const entries = worklist.entries;
const kinds = ['import', 'name', 'decorator', 'parameter', 'attribute', 'method', 'setting', 'setting-value', 'settings-key', 'template-tag', 'template'];

test('every entry is complete: package, category, versions, fix and its safety, evidence, 1 valid and 2 invalid examples', () => {
  assert.match(worklist.generated, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(worklist.proposal.length > 200, 'the header carries the rule-spec proposal');
  // The list grows library by library (DRF first); each entry present must be complete.
  assert.ok(entries.length > 0, `${entries.length} entries`);
  const ids = new Set<string>();
  for (const entry of entries) {
    const where = entry.id;
    assert.ok(!ids.has(entry.id), `${where}: unique id`);
    ids.add(entry.id);
    const library = findLibrary(entry.package);
    assert.ok(library, `${where}: ${entry.package} is a library of the table`);
    assert.equal(entry.category, library.category, `${where}: the category of ${entry.package}`);
    assert.ok(entry.id.startsWith(`${entry.category}-`), `${where}: the id starts with its category`);
    assert.ok(kinds.includes(entry.kind), `${where}: kind ${entry.kind}`);
    for (const key of ['title', 'old', 'fixSafety', 'evidence'] as const) assert.ok(entry[key]?.trim(), `${where}: ${key}`);
    assert.ok(['safe', 'unsafe', 'none'].includes(entry.fix), `${where}: fix`);
    assert.ok(entry.deprecatedIn || entry.removedIn, `${where}: deprecated or removed in some release`);
    // A fix writes the replacement, or deletes what is ignored now (and says so in its safety).
    if (entry.fix !== 'none') assert.ok(entry.new || /\bdelet/i.test(entry.fixSafety), `${where}: a fix writes something new or deletes`);
    assert.ok(entry.examples.valid.length >= 1, `${where}: a valid example`);
    assert.ok(entry.examples.invalid.length >= 2, `${where}: two invalid examples`);
    for (const example of entry.examples.invalid) {
      assert.ok((example.findings ?? 0) >= 1, `${where}: invalid examples say how many findings`);
      if (entry.fix === 'none') assert.equal(example.output, undefined, `${where}: no output without a fix`);
    }
    if (entry.fix !== 'none') assert.ok(entry.examples.invalid.some((e) => e.output !== undefined), `${where}: a fixable entry shows its output`);
    const claims = (entry.truth.removed?.length ?? 0) + (entry.truth.replacements?.length ?? 0) + (entry.truth.removedParameters?.length ?? 0) + (entry.truth.deprecated?.length ?? 0);
    assert.ok(claims > 0, `${where}: states truth claims`);
  }
  // The libraries whose entries are proven so far (the others are added as they are: celery,
  // django-filter, allauth, storages, crispy-forms, debug-toolbar, django-extensions, cors-headers,
  // simplejwt, social-auth).
  for (const category of ['drf']) {
    assert.ok(entries.some((e) => e.category === category), `entries for ${category}`);
  }
});

/**
 * A `mapping` row (old name → new name) may carry `oldClaim`, true in the release before
 * `deprecatedIn`, and `newClaim`, true from `deprecatedIn` on (checked there and in the newest release).
 */
function mappingClaims(entry: Entry): LibraryClaim[] {
  const claims: LibraryClaim[] = [];
  const at = entry.deprecatedIn ? releaseAt(entry.package, entry.deprecatedIn) : null;
  for (const row of entry.mapping ?? []) {
    const label = Object.values(row)[0];
    const add = (claim: string, version: string | null | undefined, what: string) => {
      const pkg = packageOfClaim(claim, entry.package);
      assert.ok(pkg && version, `${entry.id}: mapping ${label}: ${claim} has a package and a release`);
      claims.push({ id: `${entry.id}: mapping ${label}: ${what}`, package: pkg, version, claim, exists: true });
    };
    if (row.oldClaim) add(row.oldClaim, at?.previous, `${row.oldClaim} in ${at?.previous}`);
    if (row.newClaim) {
      add(row.newClaim, at?.release, `${row.newClaim} in ${at?.release}`);
      add(row.newClaim, newestRelease(entry.package), `${row.newClaim} in ${newestRelease(entry.package)}`);
    }
  }
  return claims;
}

test('the work list agrees with the real releases of each library', (t) => {
  const claims: LibraryClaim[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const derived = claimsOfSpec(entry);
    claims.push(...derived.claims, ...mappingClaims(entry));
    problems.push(...derived.problems);
  }
  const examples = exampleImportClaims(entries);
  assert.deepEqual(examples.errors, [], 'every Python example compiles');
  assert.deepEqual(problems, []);
  const all = [...claims, ...examples.claims];
  const report = checkLibraryClaims(all);
  assert.equal(report.results.length, all.length);
  const wrong = report.results.filter((r) => !r.ok).map((r) => `${r.id}: ${r.detail}`);
  assert.deepEqual(wrong, []);
  for (const [release, info] of Object.entries(report.releases)) {
    const library = findLibrary(release.split('==')[0])!;
    assert.ok(library.modules.some((m) => info.modules.includes(m)), `${release} (${info.archive}) has ${library.modules.join(', ')}`);
  }
  t.diagnostic(`${entries.length} entries; ${claims.length} truth claims and ${examples.claims.length} example imports checked against ${Object.keys(report.releases).length} releases`);
});
