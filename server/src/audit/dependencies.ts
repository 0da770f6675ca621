// The project's pinned third-party packages and whether the pinned release supports a Django
// version, from the curated table in package-support.ts. Packages the table does not know are
// reported as "unknown", never guessed.
import { compareVersions } from '../versions/django-version';
import { compareReleases, specifierFloor } from '../versions/pep440';
import { declaredRequirements, normalizeName, Requirement } from '../versions/requirements';
import { findPackage, PackageSupport } from './package-support';

export interface PinnedPackage {
  /** As written in the file, e.g. "djangorestframework". */
  name: string;
  /** The pinned (or lowest allowed) version, e.g. "3.9.4"; null when the file sets no version. */
  pinned: string | null;
  /** "==" pins are exact; ">=", "~=" and Poetry's "^" give the lowest allowed release. */
  exact: boolean;
  /** Relative to the project root, "/"-separated. */
  file: string;
  /** 1-based line and columns (UTF-16) of the requirement on that line. */
  line: number;
  column: number;
  endColumn: number;
}

export type DependencyStatus = 'supported' | 'upgrade' | 'no-release' | 'unknown';

export interface DependencyVerdict {
  name: string;
  pinned: string | null;
  status: DependencyStatus;
  /** The first release that supports the Django version; null when unknown or none. */
  minimum: string | null;
  source: string;
}

/** A declared requirement as a pin: the version it pins, or the lowest it allows. */
export function pinOf(requirement: Requirement): PinnedPackage {
  const floor = specifierFloor(requirement.specifier);
  const { name, file, line, column, endColumn } = requirement;
  return { name, pinned: floor?.version ?? null, exact: floor?.exact ?? false, file, line, column, endColumn };
}

/** Every dependency declaration of the project at `root` (first declaration of a name wins). */
export function findPinnedPackages(root: string): PinnedPackage[] {
  const seen = new Set<string>();
  const pins: PinnedPackage[] = [];
  for (const requirement of declaredRequirements(root)) {
    const key = normalizeName(requirement.name);
    // A constraints file pins versions of packages it does not make dependencies.
    if (requirement.constraint || key === 'python' || seen.has(key)) continue;
    seen.add(key);
    pins.push(pinOf(requirement));
  }
  return pins;
}

/** The first release of `pkg` known to support Django `django` (an exact entry, or the next newer one). */
export function minimumFor(pkg: PackageSupport, django: string): { minimum: string | null; source: string; exact: boolean; noRelease: boolean; unknownBefore?: boolean } {
  const exact = pkg.django.find((entry) => entry.django === django);
  if (exact) return { minimum: exact.first, source: exact.source, exact: true, noRelease: exact.first === null, ...(exact.unknownBefore ? { unknownBefore: true } : {}) };
  const newer = pkg.django.filter((entry) => compareVersions(entry.django, django) > 0).sort((a, b) => compareVersions(a.django, b.django))[0];
  const older = pkg.django.filter((entry) => compareVersions(entry.django, django) < 0);
  if (newer && older.length) {
    return {
      minimum: newer.first,
      source: `no entry for Django ${django}; first release supporting Django ${newer.django}: ${newer.source}`,
      exact: false,
      noRelease: newer.first === null,
      ...(newer.unknownBefore ? { unknownBefore: true } : {}),
    };
  }
  if (pkg.noReleaseAfter && compareVersions(django, pkg.noReleaseAfter.django) > 0) {
    return { minimum: null, source: pkg.noReleaseAfter.source, exact: true, noRelease: true };
  }
  return { minimum: null, source: `the package table has no data for Django ${django}`, exact: false, noRelease: false };
}

export function verdictFor(pin: Pick<PinnedPackage, 'name' | 'pinned'>, django: string): DependencyVerdict {
  const pkg = findPackage(pin.name);
  if (!pkg) return { name: pin.name, pinned: pin.pinned, status: 'unknown', minimum: null, source: 'not in the package table' };
  const { minimum, source, noRelease, unknownBefore } = minimumFor(pkg, django);
  if (noRelease) return { name: pin.name, pinned: pin.pinned, status: 'no-release', minimum: null, source };
  if (minimum === null) return { name: pin.name, pinned: pin.pinned, status: 'unknown', minimum: null, source };
  if (pin.pinned === null) return { name: pin.name, pinned: null, status: 'unknown', minimum, source: `not pinned; ${source}` };
  if (compareReleases(pin.pinned, minimum) >= 0) return { name: pin.name, pinned: pin.pinned, status: 'supported', minimum, source };
  // Older releases that state nothing are not known to lack support: unknown, with the first that says so.
  if (unknownBefore) return { name: pin.name, pinned: pin.pinned, status: 'unknown', minimum, source };
  return { name: pin.name, pinned: pin.pinned, status: 'upgrade', minimum, source };
}
