// The version of each library (djangorestframework, celery, …) a project runs today and the one it
// upgrades to, the way Django's are chosen: a value given on top (a flag, an editor setting), then
// the project configuration (`[tool.djupgrade.packages]`), then what the project's dependency files
// say (current) or the newest release in the shipped snapshot (target). Files are read, never run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findLockedPackages } from '../audit/locked-packages';
import type { PackageVersions } from '../config/project-config';
import { sitePackagesDirs } from './detect-project-version';
import { Library, libraries, newestRelease, releasesOf } from './libraries';
import { compareReleases, isRelease, oldestReleaseAllowed, specifierFloor } from './pep440';
import { normalizeName, packagingRequirements, Requirement, requirementsFromFiles } from './requirements';

export interface DetectedRelease {
  /** The release the project runs at the oldest: "3.9.4", or "3.9.0" for ">=3.9,<4". */
  version: string;
  /** The file (relative to the root) and line that says so. */
  source: string;
}

export interface LibraryVersionChoice {
  library: Library;
  /** Null when neither the configuration nor the project's files name a version. */
  current: string | null;
  /** Where it came from: "requirements.txt:4", "pyproject.toml [tool.djupgrade]", "unknown (…)". */
  currentSource: string;
  target: string;
  targetSource: string;
}

/**
 * The release a requirement allows at the oldest: an exact pin as written, else the oldest release
 * of the snapshot that the specifier allows (">=3.9,<4" → "3.9.0"), else the specifier's floor as
 * written (a floor newer than the snapshot). Null when it sets no floor.
 */
export function releaseFromSpecifier(specifier: string, releases: readonly string[]): string | null {
  const floor = specifierFloor(specifier);
  if (!floor) return null;
  if (floor.exact) return floor.version;
  return oldestReleaseAllowed(specifier, releases) ?? floor.version;
}

function fromRequirements(requirements: Requirement[], name: string): DetectedRelease | null {
  for (const requirement of requirements) {
    if (normalizeName(requirement.name) !== name) continue;
    const version = releaseFromSpecifier(requirement.specifier, releasesOf(name));
    if (version) return { version, source: `${requirement.file}:${requirement.line}` };
  }
  return null;
}

/** `<name>-<version>.dist-info` / `.egg-info` folders of the project's virtualenvs (the folder name carries the version), by normalised name. */
export function installedReleases(root: string): Map<string, DetectedRelease> {
  const found = new Map<string, DetectedRelease>();
  for (const dir of sitePackagesDirs(root)) {
    let entries: string[];
    try {
      entries = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries.sort()) {
      const match = /^([^-]+)-([^-]+?)(?:-py\d[\d.]*)?\.(?:dist-info|egg-info)$/.exec(entry);
      const name = match ? normalizeName(match[1]) : '';
      if (match && isRelease(match[2]) && !found.has(name)) {
        found.set(name, { version: match[2], source: path.relative(root, path.join(dir, entry)).split(path.sep).join('/') });
      }
    }
  }
  return found;
}

/**
 * Finds which release of each library the project runs, reading its files once, in the order a
 * maintainer would look (as for Django): requirements files and what they include, lock files,
 * pyproject.toml / setup.cfg / setup.py / Pipfile, then a virtualenv inside the project.
 */
export function libraryDetector(root: string): (name: string) => DetectedRelease | null {
  let read: { requirements: Requirement[]; locked: ReturnType<typeof findLockedPackages>; packaging: Requirement[][]; installed: Map<string, DetectedRelease> } | null = null;
  return (name) => {
    read ??= { requirements: requirementsFromFiles(root), locked: findLockedPackages(root), packaging: packagingRequirements(root), installed: installedReleases(root) };
    const wanted = normalizeName(name);
    const pinned = fromRequirements(read.requirements, wanted);
    if (pinned) return pinned;
    const locked = read.locked.find((pin) => normalizeName(pin.name) === wanted && pin.pinned);
    if (locked?.pinned) return { version: locked.pinned, source: `${locked.file}:${locked.line}` };
    for (const requirements of read.packaging) {
      const declared = fromRequirements(requirements, wanted);
      if (declared) return declared;
    }
    return read.installed.get(wanted) ?? null;
  };
}

export interface LibraryOverrides {
  /** Package (any spelling) → versions given on top of the configuration. */
  packages?: Record<string, PackageVersions>;
  /** Where they were given, for the sources: "the command line", "djangoUpgrade.packages". */
  source?: string;
}

/** One library's versions: overrides, then the configuration, then the project's files and the snapshot. */
export function chooseLibraryVersions(
  library: Library,
  configured: PackageVersions | undefined,
  configSource: string,
  detect: () => DetectedRelease | null,
  overrides: LibraryOverrides = {},
): LibraryVersionChoice {
  const given = Object.entries(overrides.packages ?? {}).find(([name]) => normalizeName(name) === library.package)?.[1];
  const givenSource = overrides.source ?? 'setting';
  let current: string | null = null;
  let currentSource = `unknown (no ${library.package} pin found)`;
  if (given?.current) {
    current = given.current;
    currentSource = givenSource;
  } else if (configured?.current) {
    current = configured.current;
    currentSource = configSource;
  } else {
    const detected = detect();
    if (detected) ({ version: current, source: currentSource } = detected);
  }
  let target = newestRelease(library.package) ?? current ?? '0';
  let targetSource = 'newest release in the snapshot';
  if (given?.target) {
    target = given.target;
    targetSource = givenSource;
  } else if (configured?.target) {
    target = configured.target;
    targetSource = configSource;
  } else if (current && compareReleases(current, target) > 0) {
    // A pin newer than the snapshot: the default never points backwards.
    target = current;
    targetSource = 'the current version (newer than the snapshot)';
  }
  return { library, current, currentSource, target, targetSource };
}

/** Every library's versions (`detect`: a libraryDetector of the project), in the order of the library table. */
export function libraryVersions(
  detect: (name: string) => DetectedRelease | null,
  configured: Record<string, PackageVersions> = {},
  configSource = 'the project configuration',
  overrides: LibraryOverrides = {},
): LibraryVersionChoice[] {
  return libraries.map((library) => chooseLibraryVersions(library, configured[library.package], configSource, () => detect(library.package), overrides));
}
