// The project's own configuration, shared by the editor, the CLI and CI: `djupgrade.toml`,
// `[tool.djupgrade]` in pyproject.toml or `[djupgrade]` in setup.cfg. As with Ruff, the closest
// folder (from the project upwards) that has one wins, and in one folder djupgrade.toml comes
// before pyproject.toml, which comes before setup.cfg; a pyproject.toml or setup.cfg without the
// section does not count. Files are read, never run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { iniList, parseIni, IniValue } from './ini';
import { isTable, parseToml, TomlLocator, tomlAt } from './toml';
import { compareVersions, djangoReleases, DjangoVersion } from '../versions/django-version';
import { findLibrary, libraries } from '../versions/libraries';
import { compareReleases, isRelease } from '../versions/pep440';
import { normalizeName } from '../versions/requirements';

/** A library's versions, as `current` and `target` are Django's: PEP 440 releases such as "3.9" or "3.9.4". */
export interface PackageVersions {
  current?: string;
  target?: string;
}

export interface ProjectConfig {
  /** The file the settings came from (absolute); null when the project has none. */
  file: string | null;
  /** The folder the file is in: `exclude` and `per-file-ignores` patterns are relative to it. */
  base: string;
  current?: DjangoVersion;
  target?: DjangoVersion;
  select?: string[];
  ignore?: string[];
  /** Replaces the built-in list of skipped folders (`.git`, `node_modules`, …). */
  exclude?: string[];
  /** Added to the built-in list (or to `exclude`). */
  extendExclude?: string[];
  /** Glob → rule ids or categories turned off for the files it matches. */
  perFileIgnores?: Record<string, string[]>;
  /** A library's current and target versions (`[tool.djupgrade.packages]`), by PEP 503 normalised name. */
  packages?: Record<string, PackageVersions>;
}

export interface LoadedConfig {
  config: ProjectConfig;
  /** Each problem with the file, as "pyproject.toml:12: [tool.djupgrade] target: …". */
  errors: string[];
}

/** The configuration files, in the order they are preferred within one folder. */
export const configFileNames = ['djupgrade.toml', 'pyproject.toml', 'setup.cfg'] as const;

export const configKeys = ['current', 'target', 'select', 'ignore', 'exclude', 'extend-exclude', 'per-file-ignores', 'packages'] as const;

/** "pyproject.toml [tool.djupgrade]", "setup.cfg [djupgrade]" or "djupgrade.toml": where a value came from. */
export function configLabel(file: string): string {
  const name = path.basename(file);
  return name === 'pyproject.toml' ? `${name} [tool.djupgrade]` : name === 'setup.cfg' ? `${name} [djupgrade]` : name;
}

function readText(file: string): string | null {
  try {
    // Most folders have none: no exception thrown for each (a scan asks in every folder it walks).
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() && stat.size < 2_000_000 ? fs.readFileSync(file, 'utf8') : null;
  } catch {
    return null;
  }
}

/** Whether this file holds djupgrade settings (djupgrade.toml always does). */
function holdsSettings(name: string, text: string): boolean {
  if (name === 'djupgrade.toml') return true;
  // A cheap look first: most pyproject.toml and setup.cfg files have no such section.
  if (name === 'pyproject.toml') return /^\s*\[\s*tool\s*\.\s*["']?djupgrade["']?\s*[.\]]/m.test(text);
  return /^\[djupgrade\]/m.test(text);
}

/** The configuration file in `dir` itself (not above it), or null. */
export function configFileIn(dir: string): string | null {
  for (const name of configFileNames) {
    const file = path.join(dir, name);
    const text = readText(file);
    if (text !== null && holdsSettings(name, text)) return file;
  }
  return null;
}

/** The configuration file that applies to `folder`: the closest one at or above it. */
export function findConfigFile(folder: string): string | null {
  let dir = path.resolve(folder);
  for (;;) {
    const file = configFileIn(dir);
    if (file) return file;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Reads the configuration that applies to `folder`; an empty one when there is none. */
export function loadProjectConfig(folder: string): LoadedConfig {
  const file = findConfigFile(folder);
  if (!file) return { config: { file: null, base: path.resolve(folder) }, errors: [] };
  return readConfigFile(file);
}

/** A key's value and line; `lines` gives the line of each entry of a table value (`packages`). */
type Raw = { value: unknown; line: number; lines?: (name: string) => number };

/** Reads and checks one configuration file. */
export function readConfigFile(file: string): LoadedConfig {
  const name = path.basename(file);
  const config: ProjectConfig = { file, base: path.dirname(file) };
  const errors: string[] = [];
  const text = readText(file);
  if (text === null) return { config, errors: [`${name}: cannot be read`] };
  let section: string;
  let entries: Map<string, Raw>;
  if (name === 'setup.cfg') {
    section = '[djupgrade]';
    const ini = parseIni(text);
    entries = new Map([...(ini.get('djupgrade') ?? new Map<string, IniValue>())].map(([key, value]) => [key, { value: fromIni(key, value), line: value.line }]));
    const packages = packagesFromIni(ini, text);
    if (packages) entries.set('packages', packages);
  } else {
    const parsed = parseToml(text);
    if ('error' in parsed) return { config, errors: [`${name}: not valid TOML: ${parsed.error}`] };
    section = name === 'pyproject.toml' ? '[tool.djupgrade]' : '';
    const table = name === 'pyproject.toml' ? tomlAt(parsed.table, 'tool', 'djupgrade') : parsed.table;
    const locator = new TomlLocator(text);
    if (name === 'pyproject.toml') locator.header('tool.djupgrade');
    const prefix = name === 'pyproject.toml' ? 'tool.djupgrade.' : '';
    entries = new Map(
      Object.entries(isTable(table) ? table : {}).map(([key, value]) => {
        if (key !== 'packages') return [key, { value, line: locator.key(key)?.line ?? 1 }];
        // `[tool.djupgrade.packages]` with `name = { … }` lines, or one `[….packages.name]` table each.
        const lines = new TomlLocator(text);
        const line = lines.header(`${prefix}packages`)?.line ?? lines.key('packages')?.line ?? 1;
        return [key, { value, line, lines: (entry: string) => lines.header(`${prefix}packages.${entry}`)?.line ?? lines.key(entry)?.line ?? line }];
      }),
    );
  }
  const fail = (line: number, key: string, message: string) => errors.push(`${name}:${line}: ${section ? `${section} ` : ''}${key}: ${message}`);
  for (const [key, { value, line }] of entries) {
    switch (key) {
      case 'current':
      case 'target': {
        const version = djangoVersion(value);
        if (typeof version === 'string') config[key] = version;
        else fail(line, key, version.error);
        break;
      }
      case 'select':
      case 'ignore':
      case 'exclude':
      case 'extend-exclude': {
        const list = stringList(value);
        if (!list) fail(line, key, 'must be a list of strings');
        else if (key === 'extend-exclude') config.extendExclude = list;
        else config[key] = list;
        break;
      }
      case 'per-file-ignores': {
        const table = perFileTable(value);
        if (!table) fail(line, key, 'must map file patterns to lists of rule ids, e.g. "*/migrations/*" = ["conf-urls-url"]');
        else config.perFileIgnores = table;
        break;
      }
      case 'packages': {
        const table = packagesTable(value, (entry) => entries.get(key)?.lines?.(entry) ?? line, (at, entry, message) => fail(at, `packages.${entry}`, message));
        if (table) config.packages = table;
        else fail(line, key, 'must map package names to tables, e.g. djangorestframework = { current = "3.9", target = "3.16" }');
        break;
      }
      default:
        fail(line, key, `unknown setting (known: ${configKeys.join(', ')})`);
    }
  }
  if (config.current && config.target && compareVersions(config.target, config.current) < 0) {
    fail(entries.get('target')?.line ?? 1, 'target', `${config.target} is older than current (${config.current})`);
    delete config.target;
  }
  return { config, errors };
}

/** setup.cfg: one `[djupgrade.packages.NAME]` section per library, with `current` and `target` keys. */
function packagesFromIni(ini: ReturnType<typeof parseIni>, text: string): Raw | null {
  const value: Record<string, Record<string, string>> = {};
  const headers = text.split(/\r?\n/);
  const lines = new Map<string, number>();
  for (const [section, keys] of ini) {
    const match = /^djupgrade\.packages\.(.+)$/.exec(section);
    if (!match) continue;
    const name = match[1].trim();
    value[name] = Object.fromEntries([...keys].map(([key, entry]) => [key, entry.value.trim()]));
    lines.set(name, headers.findIndex((line) => line.startsWith('[') && line.slice(1).split(']')[0].trim() === section) + 1);
  }
  const first = Math.min(...lines.values());
  return lines.size ? { value, line: first, lines: (name) => lines.get(name) ?? first } : null;
}

/**
 * `packages`: known library → `{ current, target }`, each a PEP 440 release. What is wrong with an
 * entry is reported and the entry left out (the others still apply); null when it is not a table.
 */
function packagesTable(value: unknown, lineOf: (name: string) => number, fail: (line: number, name: string, message: string) => void): Record<string, PackageVersions> | null {
  if (!isTable(value)) return null;
  const table: Record<string, PackageVersions> = {};
  for (const [name, entry] of Object.entries(value)) {
    const line = lineOf(name);
    if (!findLibrary(name)) {
      fail(line, name, `not a library the catalogue covers (known: ${libraries.map((library) => library.package).join(', ')})`);
      continue;
    }
    if (!isTable(entry)) {
      fail(line, name, 'must be a table such as { current = "3.9", target = "3.16" }');
      continue;
    }
    const versions: PackageVersions = {};
    let ok = true;
    for (const [key, version] of Object.entries(entry)) {
      if (key !== 'current' && key !== 'target') {
        fail(line, name, `unknown key ${key} (known: current, target)`);
        ok = false;
      } else if (typeof version === 'number') {
        fail(line, name, `${key}: write the version as a string, "${version}" (a number loses "3.10" → 3.1)`);
        ok = false;
      } else if (typeof version !== 'string' || !isRelease(version)) {
        fail(line, name, `${key}: ${JSON.stringify(version)} is not a release number such as "3.9" or "3.9.4"`);
        ok = false;
      } else {
        versions[key] = version.trim();
      }
    }
    if (versions.current && versions.target && compareReleases(versions.target, versions.current) < 0) {
      // As for Django's: the target is dropped, the current version still applies.
      fail(line, name, `target ${versions.target} is older than current (${versions.current})`);
      delete versions.target;
    }
    if (ok) table[normalizeName(name)] = versions;
  }
  return table;
}

/** setup.cfg values are text: lists one per line or comma-separated, per-file ignores as "pattern: ids" lines. */
function fromIni(key: string, value: IniValue): unknown {
  if (key === 'current' || key === 'target') return value.value.trim();
  if (key === 'per-file-ignores') {
    const table: Record<string, string[]> = {};
    for (const piece of value.pieces) {
      const match = /^(.+?)\s*[:=]\s*(.*)$/.exec(piece.text);
      if (!match) return null;
      table[match[1]] = match[2].split(/[\s,]+/).filter(Boolean);
    }
    return table;
  }
  return iniList(value).map((item) => item.text);
}

/** "4.2" → "4.2"; anything that is not a Django feature release → an error saying what is wanted. */
export function djangoVersion(value: unknown): DjangoVersion | { error: string } {
  if (typeof value === 'number') return { error: `write the version as a string, "${value}" (a number loses "4.10" → 4.1)` };
  if (typeof value !== 'string') return { error: 'must be a Django version such as "4.2"' };
  const text = value.trim();
  if (djangoReleases.includes(text)) return text;
  const series = /^(\d+)\.(\d+)(?:\.\d+)*$/.exec(text);
  if (series && djangoReleases.includes(`${Number(series[1])}.${Number(series[2])}`)) return `${Number(series[1])}.${Number(series[2])}`;
  return { error: `"${text}" is not a Django release (${djangoReleases[0]} … ${djangoReleases[djangoReleases.length - 1]})` };
}

function stringList(value: unknown): string[] | null {
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map((s) => s.trim()).filter(Boolean);
  return null;
}

function perFileTable(value: unknown): Record<string, string[]> | null {
  if (!isTable(value)) return null;
  const table: Record<string, string[]> = {};
  for (const [pattern, ids] of Object.entries(value)) {
    const list = stringList(ids);
    if (!list) return null;
    table[pattern] = list;
  }
  return table;
}
