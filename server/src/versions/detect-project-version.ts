// Finds the Django version a project runs today from its dependency declarations.
// Reads files only; never runs anything.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isTable, parseToml, TomlLocator } from '../config/toml';
import { DjangoVersion, djangoReleases } from './django-version';
import { oldestSeriesAllowed, poetryToPep440, seriesOf } from './pep440';
import { normalizeName, packagingRequirements, readSmallText, Requirement, requirementsFromFiles } from './requirements';

export interface DetectedVersion {
  version: DjangoVersion;
  /** The file (relative to the root) and line that pinned it. */
  source: string;
}

/**
 * The Django series a requirement specifier allows at the oldest: "==1.11.29" → "1.11",
 * ">=1.11,<2.0" → "1.11", "==4.*" → "4.0", Poetry's "^3.2" → "3.2". The oldest, because a fix is
 * safe only when every Django the project may run has what it needs. An upper bound alone says
 * little: null.
 */
export function versionFromSpecifier(spec: string): DjangoVersion | null {
  return oldestSeriesAllowed(poetryToPep440(spec), djangoReleases);
}

type Found = { version: DjangoVersion; line: number } | null;

/** The first Django requirement with a version in a list of requirements. */
function fromRequirements(requirements: Requirement[]): (Found & { file: string }) | null {
  for (const requirement of requirements) {
    if (normalizeName(requirement.name) !== 'django') continue;
    const version = versionFromSpecifier(requirement.specifier);
    if (version) return { version, line: requirement.line, file: requirement.file };
  }
  return null;
}

/** Looks for the Django pin in `root`, in the order a maintainer would look. */
export function detectDjangoVersion(root: string): DetectedVersion | null {
  const found = (hit: (Found & { file: string }) | null) => (hit ? { version: hit.version, source: `${hit.file}:${hit.line}` } : null);
  // Requirements files first, with the files they include (a constraints file may hold the pin).
  const pinned = found(fromRequirements(requirementsFromFiles(root)));
  if (pinned) return pinned;
  // Lock files say what is installed: they come after explicit pins but before ranges in
  // pyproject/setup/Pipfile, which may only give a lower bound.
  for (const [name, extract] of lockFiles) {
    const text = readSmallText(path.join(root, name), 20_000_000);
    const hit = text === null ? null : extract(text);
    if (hit) return { version: hit.version, source: `${name}:${hit.line}` };
  }
  for (const requirements of packagingRequirements(root)) {
    const hit = found(fromRequirements(requirements));
    if (hit) return hit;
  }
  return detectInstalledDjango(root);
}

/** `[[package]]` tables of poetry.lock and uv.lock: `name = "django"` and its `version = "3.2.25"`. */
export function fromPackageLock(text: string): Found {
  const parsed = parseToml(text);
  if ('error' in parsed || !Array.isArray(parsed.table.package)) return null;
  const locator = new TomlLocator(text);
  for (const entry of parsed.table.package as unknown[]) {
    // Every [[package]] has its `name = …` line: keep the locator in step with the entries.
    locator.key('name');
    if (!isTable(entry) || typeof entry.name !== 'string' || typeof entry.version !== 'string') continue;
    if (normalizeName(entry.name) !== 'django') continue;
    const version = seriesOf(entry.version);
    if (!version) continue;
    const at = locator.key('version');
    return { version, line: at?.line ?? 1 };
  }
  return null;
}

/** Pipfile.lock (JSON): `"default": {"django": {"version": "==2.2.28"}}`. */
export function fromPipfileLock(text: string): Found {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  for (const section of ['default', 'develop']) {
    const packages = (data as Record<string, unknown> | null)?.[section];
    if (!packages || typeof packages !== 'object') continue;
    for (const [name, info] of Object.entries(packages as Record<string, unknown>)) {
      if (normalizeName(name) !== 'django' || !info || typeof info !== 'object') continue;
      const spec = (info as { version?: unknown }).version;
      if (typeof spec !== 'string') continue;
      const version = versionFromSpecifier(spec);
      if (!version) continue;
      const lines = text.split(/\r?\n/);
      const at = lines.findIndex((l) => /^\s*"django"\s*:/i.test(l));
      const versionLine = at < 0 ? -1 : lines.findIndex((l, i) => i > at && /"version"\s*:/.test(l));
      return { version, line: (versionLine >= 0 ? versionLine : Math.max(at, 0)) + 1 };
    }
  }
  return null;
}

const lockFiles: Array<[string, (text: string) => Found]> = [
  ['poetry.lock', fromPackageLock],
  ['uv.lock', fromPackageLock],
  ['Pipfile.lock', fromPipfileLock],
];

/** `VERSION = (2, 2, 28, "final", 0)` in an installed `django/__init__.py` (read, never imported). */
export function versionFromDjangoInit(text: string): { version: DjangoVersion; line: number } | null {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^VERSION\s*=\s*\(\s*(\d+)\s*,\s*(\d+)/.exec(lines[i]);
    if (match) return { version: `${Number(match[1])}.${Number(match[2])}`, line: i + 1 };
  }
  return null;
}

export const virtualenvNames = ['.venv', 'venv', 'env', '.env', 'virtualenv'];

/** The site-packages folders of the virtualenvs inside the project (`<venv>/lib/pythonX.Y/site-packages`, Windows' `Lib/site-packages`). */
export function sitePackagesDirs(root: string): string[] {
  const dirs: string[] = [];
  for (const venv of virtualenvNames) {
    const base = path.join(root, venv);
    dirs.push(path.join(base, 'Lib', 'site-packages'));
    try {
      for (const lib of ['lib', 'lib64']) {
        for (const name of fs.readdirSync(path.join(base, lib)).sort()) {
          if (/^python\d/.test(name)) dirs.push(path.join(base, lib, name, 'site-packages'));
        }
      }
    } catch {
      // not a virtualenv with that layout
    }
  }
  return dirs;
}

/** Django installed in a virtualenv inside the project: `<venv>/lib/pythonX.Y/site-packages/django/__init__.py`. */
export function detectInstalledDjango(root: string): DetectedVersion | null {
  for (const dir of sitePackagesDirs(root)) {
    const file = path.join(dir, 'django', '__init__.py');
    const text = readSmallText(file, 100_000);
    if (text === null) continue;
    const found = versionFromDjangoInit(text);
    if (found) return { version: found.version, source: `${path.relative(root, file).split(path.sep).join('/')}:${found.line}` };
  }
  return null;
}
