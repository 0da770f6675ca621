// PEP 440 versions and specifiers, through @renovatebot/pep440: the one place the project orders
// Python package versions or reads a specifier such as ">=3.2,<4", "==4.*" or "~=2.2.0".
import * as pep440 from '@renovatebot/pep440';
import { parse as parseSpecifier } from '@renovatebot/pep440/lib/specifier';

/** Operators whose version is a floor: a release the specifier allows, or the one just under them. */
const floorOperators = new Set(['==', '===', '~=', '>=', '>']);

/**
 * Orders two release strings by PEP 440 ("2.0b1" < "2.0rc1" < "2.0" < "2.0.post1"; "2.0" equals
 * "2.0.0"). Strings that are not PEP 440 versions ("3.9.x") are ordered by their numbers alone, so
 * a hand-written table never throws.
 */
export function compareReleases(a: string, b: string): number {
  if (pep440.valid(a) && pep440.valid(b)) return Math.sign(pep440.compare(a, b));
  const numbers = (v: string) => (/^\s*v?(\d+(?:\.\d+)*)/.exec(v)?.[1] ?? '0').split('.').map(Number);
  const [pa, pb] = [numbers(a), numbers(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** A Poetry constraint ("^3.2", "~3.2", "3.2.1", "*", "3.2.*") as a PEP 440 specifier; PEP 440 input is returned as is. */
export function poetryToPep440(constraint: string): string {
  const clauses = constraint.split(',').map((c) => c.trim()).filter(Boolean);
  const converted = clauses.map((clause) => {
    const caret = /^\^\s*(\d+(?:\.\d+)*)$/.exec(clause);
    if (caret) {
      // ^1.2.3 allows everything up to the next change of the first non-zero part.
      const parts = caret[1].split('.').map(Number);
      const first = parts.findIndex((n) => n !== 0);
      const bump = first === -1 ? parts.length - 1 : first;
      const upper = parts.slice(0, bump + 1).map((n, i) => (i === bump ? n + 1 : n));
      return `>=${caret[1]},<${upper.join('.')}`;
    }
    const tilde = /^~\s*(\d+(?:\.\d+)*)$/.exec(clause);
    if (tilde) {
      const parts = tilde[1].split('.').map(Number);
      const upper = parts.length === 1 ? [parts[0] + 1] : [parts[0], parts[1] + 1];
      return `>=${tilde[1]},<${upper.join('.')}`;
    }
    if (clause === '*') return '';
    if (/^\d[\w.!+*-]*$/.test(clause)) return `==${clause}`;
    return clause;
  });
  return converted.filter(Boolean).join(',');
}

export interface SpecifierFloor {
  /** The highest floor among the clauses, e.g. "3.2" for ">=3.2,<4" or "4" for "==4.*". */
  version: string;
  /** An exact pin: "==3.2.25" or "===3.2.25" without a wildcard. */
  exact: boolean;
}

/** The lowest release a PEP 440 specifier allows, as written in it; null when it sets no floor or is not PEP 440. */
export function specifierFloor(specifier: string): SpecifierFloor | null {
  const spec = specifier.trim();
  if (!spec || !pep440.validRange(spec)) return null;
  let best: { version: string; exact: boolean } | null = null;
  for (const clause of parseSpecifier(spec)) {
    if (!floorOperators.has(clause.operator)) continue;
    const exact = (clause.operator === '==' || clause.operator === '===') && !clause.prefix;
    if (!best || compareReleases(clause.version, best.version) > 0 || (exact && compareReleases(clause.version, best.version) === 0)) {
      best = { version: clause.version, exact };
    }
  }
  return best;
}

/** Whether `version` is a valid PEP 440 specifier (the empty one allows everything). */
export function isSpecifier(specifier: string): boolean {
  return pep440.validRange(specifier.trim());
}

/**
 * The oldest of `series` (feature releases such as "3.2", oldest first) that has a release the
 * specifier allows: "==4.*" → "4.0", ">2.2" → "2.2", ">=3.2,!=3.2.*" → "4.0". Null when the specifier
 * sets no floor (an upper bound alone says little) or allows none of the series (a pin beyond
 * them is no version we know anything about).
 */
export function oldestSeriesAllowed(specifier: string, series: readonly string[]): string | null {
  const floor = specifierFloor(specifier);
  if (!floor) return null;
  const spec = specifier.trim();
  const written = parseSpecifier(spec).map((c) => c.version);
  const own = seriesOf(floor.version);
  // Every release the specifier allows is at or above its floor, so older series need no look.
  for (const feature of series) {
    if (own && compareReleases(feature, own) < 0) continue;
    // Patch releases of a Django series stay well under 40; pre-releases written in the
    // specifier itself ("==2.0rc1") are tried too.
    const candidates = [feature, ...Array.from({ length: 40 }, (_, i) => `${feature}.${i + 1}`), ...written.filter((v) => seriesOf(v) === feature)];
    if (candidates.some((v) => pep440.satisfies(v, spec, { prereleases: true }))) return feature;
  }
  return null;
}

/** "3.2.25" / "2.0rc1" / "4" → "3.2" / "2.0" / "4.0"; null for what is not a version. */
export function seriesOf(version: string): string | null {
  const parsed = pep440.explain(version);
  if (!parsed) return null;
  return `${parsed.release[0]}.${parsed.release[1] ?? 0}`;
}

/** Whether `version` is a PEP 440 version ("3.9", "3.9.4", "2.0rc1"; not "3.9.x"). */
export function isRelease(version: string): boolean {
  return pep440.valid(version.trim()) !== null;
}

/**
 * The oldest of `releases` (oldest first) that the specifier allows: "~=3.9" → "3.9.0", ">3.9" →
 * "3.9.1", "==3.9.*" → "3.9.0". Null when the specifier sets no floor (an upper bound alone says
 * little) or allows none of them.
 */
export function oldestReleaseAllowed(specifier: string, releases: readonly string[]): string | null {
  const spec = specifier.trim();
  if (!specifierFloor(spec)) return null;
  return releases.find((release) => pep440.satisfies(release, spec)) ?? null;
}
