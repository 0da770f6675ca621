// The catalogue's library rules are checked against the real releases of their libraries, as
// test/rules/django-truth.test.ts checks Django's: what a rule calls removed exists in the release
// before `removedIn` and is gone in it, what marks the deprecation holds from `deprecatedIn` and not
// before, replacements exist from the fix's minimum version to the newest release, and the examples'
// imports exist where they should. The releases come from PyPI once (.cache/libraries) and are read
// with `ast` by test/library-truth/check_library_claims.py, never imported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rules } from '../../server/src/rules';
import { findLibrary, libraryCategories, newestRelease } from '../../server/src/versions/libraries';
import { compareReleases } from '../../server/src/versions/pep440';
import { checkLibraryClaims, claimsOfSpec, exampleImportClaims, LibraryClaim } from '../library-truth/claims';

const libraryRules = rules.filter((rule) => rule.library);

test('every library rule names a library of the table, its category, and claims to prove', () => {
  assert.ok(libraryRules.length > 0);
  for (const rule of libraryRules) {
    const library = findLibrary(rule.library!);
    assert.ok(library, `${rule.id}: ${rule.library} is a library of versions/libraries.ts`);
    assert.equal(library.package, rule.library, `${rule.id}: the PEP 503 name`);
    assert.equal(rule.category, library.category, `${rule.id}: the category of ${rule.library}`);
    assert.ok(rule.id.startsWith(`${rule.category}-`), `${rule.id}: the id starts with its category`);
    const truth = rule.truth ?? {};
    const count = (truth.removed?.length ?? 0) + (truth.replacements?.length ?? 0) + (truth.removedParameters?.length ?? 0) + (truth.deprecated?.length ?? 0);
    assert.ok(count > 0, `${rule.id}: states claims about its library's releases`);
    const released = rule.removedIn !== null && compareReleases(rule.removedIn, newestRelease(rule.library!)!) <= 0;
    if (rule.deprecatedIn && !released) assert.ok(truth.deprecated?.length, `${rule.id}: a deprecation not yet removed proves its deprecatedIn`);
  }
  // No Django rule borrows a library category.
  for (const rule of rules) if (!rule.library) assert.ok(!(libraryCategories as readonly string[]).includes(rule.category), `${rule.id}: a Django rule in a library category`);
});

test("the library rules agree with their libraries' real releases", (t) => {
  const claims: LibraryClaim[] = [];
  const problems: string[] = [];
  for (const rule of libraryRules) {
    const derived = claimsOfSpec({ id: rule.id, package: rule.library!, deprecatedIn: rule.deprecatedIn, removedIn: rule.removedIn, fixMinVersion: rule.fixMinVersion, truth: rule.truth ?? {} });
    claims.push(...derived.claims);
    problems.push(...derived.problems);
  }
  assert.deepEqual(problems, []);
  const examples = exampleImportClaims(libraryRules.filter((rule) => rule.languages.includes('python')).map((rule) => ({ ...rule, package: rule.library! })));
  assert.deepEqual(examples.errors, [], 'every Python example compiles');
  const all = [...claims, ...examples.claims];
  const report = checkLibraryClaims(all);
  assert.equal(report.results.length, all.length);
  assert.deepEqual(report.results.filter((r) => !r.ok).map((r) => `${r.id}: ${r.detail}`), []);
  t.diagnostic(`${libraryRules.length} library rules; ${claims.length} truth claims and ${examples.claims.length} example imports checked against ${Object.keys(report.releases).length} releases`);
});
