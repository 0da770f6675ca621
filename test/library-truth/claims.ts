// Turns a library rule's truth claims (the `truth` of a rule spec: removed, replacements,
// removedParameters) into claims about exact releases of the library, the way
// test/rules/django-truth.test.ts does for Django, and runs them through check_library_claims.py.
// The releases come from the shipped snapshot (server/src/versions/library-releases.json):
// "removed in 3.10" is checked in 3.10.0, "exists before" in the release just before it.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { TruthClaims } from '../../server/src/engine/types';
import { findLibrary, libraries, newestRelease, releaseAt } from '../../server/src/versions/libraries';
import { compareReleases } from '../../server/src/versions/pep440';

const repoRoot = path.resolve(__dirname, '..', '..');
export const libraryCacheDir = path.join(repoRoot, '.cache', 'libraries');

/**
 * A rule's truth claims, plus `deprecated`: what marks the deprecation (a warning the old code
 * raises, the new name it is renamed to), true from `deprecatedIn` on and false in the release
 * just before it, so that `deprecatedIn` is proven as exactly as `removedIn`.
 */
export type LibraryTruthClaims = TruthClaims & { deprecated?: string[] };

/** What a library rule states about its library, as a rule spec carries it. */
export interface LibraryTruthSpec {
  id: string;
  /** The PyPI distribution whose versions `deprecatedIn` / `removedIn` / `fixMinVersion` are. */
  package: string;
  deprecatedIn: string | null;
  removedIn: string | null;
  fixMinVersion?: string | null;
  truth: LibraryTruthClaims;
}

/** One claim about one exact release (the input of check_library_claims.py). */
export interface LibraryClaim {
  id: string;
  package: string;
  version: string;
  claim: string;
  parameter?: string;
  exists: boolean;
}

export interface LibraryClaimResult extends LibraryClaim {
  found: boolean;
  ok: boolean;
  detail: string;
}

/**
 * The distribution a claim is about: the library that installs the claim's first module
 * (`social_django.…` → social-auth-app-django), or the one named by `in MODULE` for templates and
 * template tag libraries, else the spec's own package.
 */
export function packageOfClaim(claim: string, fallback: string): string | null {
  const module = /\bin\s+([\w.]+)\s*$/.exec(claim)?.[1] ?? (/^[A-Za-z_][\w.]*/.exec(claim.trim())?.[0] ?? null);
  const isTemplateForm = /^(\{%|template\s)/.test(claim.trim());
  if (!module || (isTemplateForm && !/\bin\s+[\w.]+\s*$/.test(claim))) return findLibrary(fallback)?.package ?? null;
  const top = module.split('.')[0];
  return libraries.find((library) => library.modules.includes(top))?.package ?? null;
}

/** The exact releases to check a spec's claims in, and the claims; `problems` for what cannot be placed. */
export function claimsOfSpec(spec: LibraryTruthSpec): { claims: LibraryClaim[]; problems: string[] } {
  const claims: LibraryClaim[] = [];
  const problems: string[] = [];
  const own = findLibrary(spec.package)?.package;
  if (!own) return { claims, problems: [`${spec.id}: ${spec.package} is not a library of the table`] };
  const newest = newestRelease(own)!;
  const at = (version: string | null | undefined) => (version ? releaseAt(own, version) : null);
  // A removal the library has announced but not released ("will be removed in 6.0"): still there in the newest release.
  const planned = spec.removedIn !== null && compareReleases(spec.removedIn, newest) > 0;
  const removal = planned ? null : at(spec.removedIn);
  if (spec.removedIn && !planned && !removal?.release) problems.push(`${spec.id}: ${own} ${spec.removedIn} is not in the release snapshot`);
  const removedIn = removal?.release ?? null;
  // Before the removal: the release just before it; still there: the newest release.
  const before = spec.removedIn && !planned ? (removal?.previous ?? null) : newest;
  const deprecated = at(spec.deprecatedIn)?.release ?? null;
  if (spec.deprecatedIn && !deprecated) problems.push(`${spec.id}: ${own} ${spec.deprecatedIn} is not in the release snapshot`);
  const push = (claim: string, version: string, exists: boolean, what: string, parameter?: string) => {
    const pkg = packageOfClaim(claim, own);
    if (!pkg) problems.push(`${spec.id}: no library of the table installs the module of ${JSON.stringify(claim)}`);
    else claims.push({ id: `${spec.id}: ${what}`, package: pkg, version, claim, ...(parameter ? { parameter } : {}), exists });
  };
  for (const claim of spec.truth.removed ?? []) {
    if (packageOfClaim(claim, own) !== own) {
      problems.push(`${spec.id}: removed ${JSON.stringify(claim)} is not in ${own}`);
      continue;
    }
    if (before) push(claim, before, true, `${claim} exists in ${before}`);
    if (deprecated && deprecated !== before && deprecated !== removedIn) push(claim, deprecated, true, `${claim} exists in ${deprecated}`);
    if (removedIn) push(claim, removedIn, false, `${claim} is gone in ${removedIn}`);
  }
  for (const { symbol, name } of spec.truth.removedParameters ?? []) {
    if (before) push(symbol, before, true, `${symbol}(${name}=) accepted in ${before}`, name);
    if (removedIn) push(symbol, removedIn, false, `${symbol}(${name}=) gone in ${removedIn}`, name);
  }
  const deprecation = at(spec.deprecatedIn);
  for (const claim of spec.truth.deprecated ?? []) {
    if (!deprecated) {
      problems.push(`${spec.id}: deprecated ${JSON.stringify(claim)} needs a deprecatedIn in the snapshot`);
      continue;
    }
    push(claim, deprecated, true, `deprecation: ${claim} holds in ${deprecated}`);
    if (deprecation?.previous) push(claim, deprecation.previous, false, `deprecation: ${claim} does not hold in ${deprecation.previous}`);
  }
  const floor = at(spec.fixMinVersion ?? spec.deprecatedIn)?.release ?? null;
  for (const claim of spec.truth.replacements ?? []) {
    const pkg = packageOfClaim(claim, own);
    // A replacement in another distribution (crispy-bootstrap4, social-auth-app-django): its newest release.
    const versions = pkg === own ? [...new Set([floor, newest])] : [pkg ? newestRelease(pkg) : null];
    for (const version of versions) if (version) push(claim, version, true, `replacement ${claim} exists in ${pkg} ${version}`);
  }
  return { claims, problems };
}

export interface CheckReport {
  results: LibraryClaimResult[];
  releases: Record<string, { archive: string; modules: string[] }>;
}

/** Runs claims through check_library_claims.py (downloads what .cache/libraries lacks). */
export function checkLibraryClaims(claims: LibraryClaim[], cacheDir = libraryCacheDir): CheckReport {
  const result = spawnSync('python3', [path.join(__dirname, 'check_library_claims.py')], {
    input: JSON.stringify({ cacheDir, claims }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 1_800_000,
  });
  if (result.status !== 0) throw new Error(`check_library_claims.py failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as CheckReport;
}

/** A rule or a work list entry with examples, as far as its example imports are checked. */
export interface ExampleSpec {
  id: string;
  package: string;
  deprecatedIn: string | null;
  removedIn: string | null;
  fixMinVersion?: string | null;
  examples: { valid: Array<{ code: string; filename?: string }>; invalid: Array<{ code: string; filename?: string; output?: string }> };
}

interface ImportsReport {
  id: string;
  error: string | null;
  imports: string[];
}

/**
 * The Python examples compile (`errors` otherwise), and their imports of the libraries' modules
 * exist where they should: the invalid code's in the release before the removal (the newest while
 * it is not removed), the fixed code's in the fix's minimum version and the newest release.
 */
export function exampleImportClaims(specs: readonly ExampleSpec[]): { claims: LibraryClaim[]; errors: string[] } {
  const snippets: Array<{ id: string; code: string; spec: ExampleSpec; role: 'invalid' | 'output' | 'valid' }> = [];
  const python = (e: { filename?: string }) => !e.filename || e.filename.endsWith('.py');
  for (const spec of specs) {
    spec.examples.valid.forEach((e, i) => python(e) && snippets.push({ id: `${spec.id} valid #${i + 1}`, code: e.code, spec, role: 'valid' }));
    spec.examples.invalid.forEach((e, i) => {
      if (!python(e)) return;
      snippets.push({ id: `${spec.id} invalid #${i + 1}`, code: e.code, spec, role: 'invalid' });
      if (e.output !== undefined) snippets.push({ id: `${spec.id} invalid #${i + 1} output`, code: e.output, spec, role: 'output' });
    });
  }
  const result = spawnSync('python3', [path.join(__dirname, 'example_imports.py')], { input: JSON.stringify(snippets.map(({ id, code }) => ({ id, code }))), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`example_imports.py failed (${result.status}): ${result.stderr}`);
  const reports = JSON.parse(result.stdout) as ImportsReport[];
  const errors = reports.filter((r) => r.error).map((r) => `${r.id}: ${r.error}`);
  const claims: LibraryClaim[] = [];
  reports.forEach((report, index) => {
    const { spec, role, id } = snippets[index];
    for (const name of report.imports) {
      const pkg = packageOfClaim(name, spec.package);
      if (!pkg || !libraries.some((l) => l.modules.includes(name.split('.')[0]))) continue; // Django, the standard library
      const own = pkg === spec.package;
      let version = newestRelease(pkg)!;
      // The old code ran on the release before the removal (or the newest, while it is not removed).
      if (role === 'invalid' && own && spec.removedIn) version = releaseAt(pkg, spec.removedIn).previous!;
      claims.push({ id: `${id}: import ${name} in ${pkg} ${version}`, package: pkg, version, claim: name, exists: true });
      if (role === 'output' && own && (spec.fixMinVersion ?? spec.deprecatedIn)) {
        const floor = releaseAt(pkg, (spec.fixMinVersion ?? spec.deprecatedIn)!).release!;
        claims.push({ id: `${id}: import ${name} in ${pkg} ${floor}`, package: pkg, version: floor, claim: name, exists: true });
      }
    }
  });
  return { claims, errors };
}
