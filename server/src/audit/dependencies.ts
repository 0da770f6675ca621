// The project's pinned third-party packages and whether the pinned release supports a Django
// version, from the curated table in package-support.ts. Packages the table does not know are
// reported as "unknown", never guessed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareVersions } from '../versions/django-version';
import { findPackage, normalizeName, PackageSupport } from './package-support';

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

/** Compares release strings such as "3.9.4", "0.39.1", "65.0", "2.0b1" by their numeric parts. */
export function comparePackageVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const match = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(v.trim());
    const numbers = (match?.[1] ?? '0').split('.').map(Number);
    const pre = match?.[2] ?? '';
    return { numbers, pre: /^(a|b|rc|\.?dev|-?alpha|-?beta)/i.test(pre) };
  };
  const pa = parse(a);
  const pb = parse(b);
  const length = Math.max(pa.numbers.length, pb.numbers.length);
  for (let i = 0; i < length; i++) {
    const d = (pa.numbers[i] ?? 0) - (pb.numbers[i] ?? 0);
    if (d !== 0) return d;
  }
  if (pa.pre !== pb.pre) return pa.pre ? -1 : 1;
  return 0;
}

const requirement = /^(\s*)([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(?:\(?\s*((?:===|==|~=|>=|<=|!=|<|>)[^;#)]*))?/;

function versionOfSpec(spec: string | undefined): { pinned: string | null; exact: boolean } {
  if (!spec) return { pinned: null, exact: false };
  const clauses = spec.split(',').map((c) => c.trim());
  for (const op of ['===', '==', '~=', '>=', '>', '^', '~']) {
    for (const clause of clauses) {
      if (!clause.startsWith(op) || (op === '>' && clause.startsWith('>='))) continue;
      const version = clause.slice(op.length).trim().replace(/\.\*$/, '');
      if (/^\d/.test(version)) return { pinned: version, exact: op === '==' || op === '===' };
    }
  }
  if (clauses.length === 1 && /^\d/.test(clauses[0])) return { pinned: clauses[0].replace(/\.\*$/, ''), exact: true };
  return { pinned: null, exact: false };
}

/** requirements.txt lines: `name[extra]==1.2 ; marker  # comment`; options and URLs are skipped. */
export function parseRequirements(text: string, file: string): PinnedPackage[] {
  const found: PinnedPackage[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.replace(/\s#.*$/, '').replace(/^#.*$/, '');
    if (!line.trim() || /^\s*-/.test(line) || /:\/\//.test(line)) continue;
    const match = requirement.exec(line);
    if (!match) continue;
    const { pinned, exact } = versionOfSpec(match[4]);
    const start = match[1].length;
    found.push({ name: match[2], pinned, exact, file, line: i + 1, column: start + 1, endColumn: line.trimEnd().length + 1 });
  }
  return found;
}

/** PEP 508 strings in pyproject.toml / setup.py / setup.cfg: `"django-filter>=2.4"`. */
function parseQuoted(text: string, file: string): PinnedPackage[] {
  const found: PinnedPackage[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    for (const match of lines[i].matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*((?:===|==|~=|>=|<=|!=|<|>)[^"';]*)?(?:;[^"']*)?["']/g)) {
      if (!match[3] && !/^\s*["']/.test(lines[i])) continue; // a bare word elsewhere on a line is not a requirement
      const { pinned, exact } = versionOfSpec(match[3]);
      found.push({ name: match[1], pinned, exact, file, line: i + 1, column: match.index! + 2, endColumn: match.index! + match[0].length });
    }
  }
  return found;
}

/** Poetry `[tool.poetry.dependencies]` and Pipfile `[packages]` tables: `name = "^1.2"` / `name = {version = "==1.2"}`. */
function parseTomlTables(text: string, file: string, tables: RegExp): PinnedPackage[] {
  const found: PinnedPackage[] = [];
  const lines = text.split(/\r?\n/);
  let inside = false;
  for (let i = 0; i < lines.length; i++) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(lines[i]);
    if (header) {
      inside = tables.test(header[1].trim());
      continue;
    }
    if (!inside) continue;
    const entry = /^(\s*)["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=\s*(?:\{[^}]*version\s*=\s*)?["']([^"']*)["']/.exec(lines[i]);
    if (!entry || entry[2].toLowerCase() === 'python') continue;
    const spec = entry[3].trim();
    const { pinned, exact } = spec === '*' ? { pinned: null, exact: false } : versionOfSpec(/^[\d]/.test(spec) ? `==${spec}` : spec);
    found.push({ name: entry[2], pinned, exact: exact && !/^[\^~]/.test(spec), file, line: i + 1, column: entry[1].length + 1, endColumn: lines[i].trimEnd().length + 1 });
  }
  return found;
}

function readText(file: string): string | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() && stat.size < 2_000_000 ? fs.readFileSync(file, 'utf8') : null;
  } catch {
    return null;
  }
}

/** Every dependency declaration of the project at `root` (first declaration of a name wins). */
export function findPinnedPackages(root: string): PinnedPackage[] {
  const sources: string[] = [];
  try {
    sources.push(...fs.readdirSync(root).filter((n) => /^requirements.*\.(txt|in)$/i.test(n)).sort((a, b) => a.length - b.length || a.localeCompare(b)));
  } catch {
    return [];
  }
  for (const dir of ['requirements', 'reqs']) {
    try {
      for (const name of fs.readdirSync(path.join(root, dir)).sort()) if (/\.(txt|in)$/i.test(name)) sources.push(`${dir}/${name}`);
    } catch {
      // none
    }
  }
  const all: PinnedPackage[] = [];
  for (const name of sources) {
    const text = readText(path.join(root, name));
    if (text !== null) all.push(...parseRequirements(text, name));
  }
  const pyproject = readText(path.join(root, 'pyproject.toml'));
  if (pyproject !== null) {
    // PEP 621 `dependencies = [...]` (strings) and Poetry tables.
    const pep621 = /^\s*(dependencies|[\w-]+)\s*=\s*\[([\s\S]*?)\]/gm;
    for (const block of pyproject.matchAll(pep621)) {
      const offsetLine = pyproject.slice(0, block.index).split('\n').length - 1;
      for (const p of parseQuoted(block[0], 'pyproject.toml')) all.push({ ...p, line: p.line + offsetLine });
    }
    all.push(...parseTomlTables(pyproject, 'pyproject.toml', /^tool\.poetry\.(dependencies|group\.[\w-]+\.dependencies|dev-dependencies)$/));
  }
  const pipfile = readText(path.join(root, 'Pipfile'));
  if (pipfile !== null) all.push(...parseTomlTables(pipfile, 'Pipfile', /^(packages|dev-packages)$/));
  for (const name of ['setup.cfg', 'setup.py']) {
    const text = readText(path.join(root, name));
    if (text === null) continue;
    if (name === 'setup.cfg') {
      const block = /install_requires\s*=\s*\n((?:[ \t]+.*\n?)*)/.exec(text);
      if (block) {
        const offsetLine = text.slice(0, block.index).split('\n').length;
        for (const p of parseRequirements(block[1], name)) all.push({ ...p, line: p.line + offsetLine, column: p.column });
      }
    } else {
      all.push(...parseQuoted(text, name).filter((p) => p.pinned !== null));
    }
  }
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = normalizeName(p.name);
    if (key === 'python' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
  if (comparePackageVersions(pin.pinned, minimum) >= 0) return { name: pin.name, pinned: pin.pinned, status: 'supported', minimum, source };
  // Older releases that state nothing are not known to lack support: unknown, with the first that says so.
  if (unknownBefore) return { name: pin.name, pinned: pin.pinned, status: 'unknown', minimum, source };
  return { name: pin.name, pinned: pin.pinned, status: 'upgrade', minimum, source };
}
