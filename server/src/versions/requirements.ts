// A project's declared requirements, from every file that declares them: requirements files
// (following `-r` and `-c`), pyproject.toml (PEP 621, PEP 735 groups, Poetry, PDM, uv), Pipfile,
// setup.cfg and setup.py. The Django version detection and the audit's dependency list both read
// them from here. Files are read, never run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { iniRequirements, parseIni } from '../config/ini';
import { codeBeforeComment, isTable, parseToml, TomlLocator, tomlAt } from '../config/toml';
import { isSpecifier, poetryToPep440 } from './pep440';

export interface Requirement {
  /** The distribution name as written, e.g. "Django" or "django-storages". */
  name: string;
  /** Its PEP 440 specifier (Poetry constraints converted), "" when it sets none or it is not PEP 440. */
  specifier: string;
  /** Relative to the project root, "/"-separated. */
  file: string;
  /** 1-based line and columns (UTF-16, end exclusive) of the requirement. */
  line: number;
  column: number;
  endColumn: number;
  /** From a constraints file (`-c`): it pins a version without declaring a dependency. */
  constraint?: boolean;
}

/** PEP 503 normalised name: "Django_Debug.Toolbar" → "django-debug-toolbar". */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const pep508 = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s;

/** A PEP 508 requirement string: `name[extras] (specifier) ; marker` or `name @ url`. */
export function parsePep508(text: string): { name: string; specifier: string } | null {
  const match = pep508.exec(text.trim());
  if (!match) return null;
  const rest = match[3].trim();
  if (rest.startsWith('@')) return { name: match[1], specifier: '' };
  const spec = rest.replace(/;.*$/s, '').trim().replace(/^\((.*)\)$/s, '$1').trim();
  if (spec && !/^[<>=!~]/.test(spec)) return null; // not a requirement ("myproject", a sentence)
  return { name: match[1], specifier: isSpecifier(spec) ? spec.replace(/\s+/g, '') : '' };
}

export function readSmallText(file: string, maxBytes = 2_000_000): string | null {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > maxBytes) return null;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * A requirements file as pip reads it: comments, line continuations, per-line options, and the
 * files it includes with `-r` (requirements) and `-c` (constraints), each read once.
 */
export function readRequirementsFile(root: string, relative: string, seen = new Set<string>(), constraint = false): Requirement[] {
  const full = path.resolve(root, relative);
  if (seen.has(full)) return [];
  seen.add(full);
  const text = readSmallText(full);
  if (text === null) return [];
  const found: Requirement[] = [];
  const file = toPosix(path.relative(root, full));
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let line = lines[i];
    // A backslash at the end joins the next line; the requirement keeps the first line's position.
    while (/\\$/.test(line) && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]}`;
    const code = line.replace(/(^|\s)#.*$/, '').trimEnd();
    if (!code.trim()) continue;
    const include = /^\s*(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/.exec(code);
    if (include) {
      const isConstraint = include[1] === '-c' || include[1] === '--constraint';
      found.push(...readRequirementsFile(root, path.join(path.dirname(full), include[2]), seen, constraint || isConstraint));
      continue;
    }
    if (/^\s*-/.test(code) || /^\s*[./]/.test(code) || /^\s*\w+\+?\w*:\/\//.test(code)) continue; // options, paths, bare URLs
    const requirement = code.replace(/\s--?[a-z][\w-]*(=\S*)?.*$/i, '').trimEnd(); // per-line options such as --hash
    const parsed = parsePep508(requirement);
    if (!parsed) continue;
    const start = requirement.length - requirement.trimStart().length;
    found.push({
      ...parsed,
      file,
      line: first + 1,
      column: start + 1,
      endColumn: Math.min(requirement.length, lines[first].replace(/\\$/, '').trimEnd().length) + 1,
      ...(constraint ? { constraint: true } : {}),
    });
  }
  return found;
}

/** requirements*.txt / *.in at the root (shortest name first), then those in requirements/ and reqs/. */
export function requirementsFiles(root: string): string[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(root);
  } catch {
    return [];
  }
  const files = entries.filter((name) => /^requirements.*\.(txt|in)$/i.test(name)).sort((a, b) => a.length - b.length || a.localeCompare(b));
  for (const dir of ['requirements', 'reqs']) {
    try {
      for (const name of fs.readdirSync(path.join(root, dir)).sort()) if (/\.(txt|in)$/i.test(name)) files.push(`${dir}/${name}`);
    } catch {
      // no such folder
    }
  }
  return files;
}

/** Every requirement of the requirements files, includes followed (each file read once). */
export function requirementsFromFiles(root: string): Requirement[] {
  const seen = new Set<string>();
  return requirementsFiles(root).flatMap((name) => readRequirementsFile(root, name, seen));
}

function pep508List(value: unknown, file: string, locator: TomlLocator): Requirement[] {
  if (!Array.isArray(value)) return [];
  const found: Requirement[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue; // PEP 735 {include-group = "…"}
    const parsed = parsePep508(item);
    const at = locator.string(item);
    if (parsed) found.push({ ...parsed, file, line: at?.line ?? 1, column: at?.column ?? 1, endColumn: at?.endColumn ?? 1 });
  }
  return found;
}

/** Poetry's and Pipfile's `name = "constraint"` / `name = { version = "…" }` tables. */
function constraintTable(value: unknown, file: string, header: string, locator: TomlLocator, poetry: boolean): Requirement[] {
  if (!isTable(value)) return [];
  locator.header(header);
  const found: Requirement[] = [];
  for (const [name, entry] of Object.entries(value)) {
    if (name.toLowerCase() === 'python') continue;
    const at = locator.key(name);
    const first = Array.isArray(entry) ? entry[0] : entry; // Poetry's multiple-constraint list
    const raw = typeof first === 'string' ? first : isTable(first) && typeof first.version === 'string' ? first.version : '';
    const converted = poetry ? poetryToPep440(raw) : raw.trim() === '*' ? '' : raw.trim();
    found.push({ name, specifier: isSpecifier(converted) ? converted.replace(/\s+/g, '') : '', file, line: at?.line ?? 1, column: at?.column ?? 1, endColumn: at?.endColumn ?? 1 });
  }
  return found;
}

/** pyproject.toml: PEP 621 dependencies and extras, PEP 735 groups, Poetry, PDM and uv tables. */
export function requirementsFromPyproject(text: string, file = 'pyproject.toml'): Requirement[] {
  const parsed = parseToml(text);
  if ('error' in parsed) return [];
  const toml = parsed.table;
  const locator = new TomlLocator(text);
  const found: Requirement[] = [];
  found.push(...pep508List(tomlAt(toml, 'project', 'dependencies'), file, locator));
  const groups = (value: unknown) => (isTable(value) ? Object.values(value) : []);
  for (const list of groups(tomlAt(toml, 'project', 'optional-dependencies'))) found.push(...pep508List(list, file, locator));
  for (const list of groups(tomlAt(toml, 'dependency-groups'))) found.push(...pep508List(list, file, locator));
  for (const list of groups(tomlAt(toml, 'tool', 'pdm', 'dev-dependencies'))) found.push(...pep508List(list, file, locator));
  found.push(...pep508List(tomlAt(toml, 'tool', 'uv', 'dev-dependencies'), file, locator));
  const poetry = tomlAt(toml, 'tool', 'poetry');
  if (isTable(poetry)) {
    found.push(...constraintTable(poetry.dependencies, file, 'tool.poetry.dependencies', locator, true));
    found.push(...constraintTable(poetry['dev-dependencies'], file, 'tool.poetry.dev-dependencies', locator, true));
    if (isTable(poetry.group)) {
      for (const [name, group] of Object.entries(poetry.group)) {
        if (isTable(group)) found.push(...constraintTable(group.dependencies, file, `tool.poetry.group.${name}.dependencies`, locator, true));
      }
    }
  }
  return found;
}

/** Pipfile: `[packages]` and `[dev-packages]`. */
export function requirementsFromPipfile(text: string, file = 'Pipfile'): Requirement[] {
  const parsed = parseToml(text);
  if ('error' in parsed) return [];
  const locator = new TomlLocator(text);
  return [
    ...constraintTable(parsed.table.packages, file, 'packages', locator, false),
    ...constraintTable(parsed.table['dev-packages'], file, 'dev-packages', locator, false),
  ];
}

/** setup.cfg: `[options] install_requires` and `[options.extras_require]`. */
export function requirementsFromSetupCfg(text: string, file = 'setup.cfg'): Requirement[] {
  const ini = parseIni(text);
  const pieces = [
    ...iniRequirements(ini.get('options')?.get('install_requires')),
    ...[...(ini.get('options.extras_require')?.values() ?? [])].flatMap((value) => iniRequirements(value)),
  ];
  const found: Requirement[] = [];
  for (const piece of pieces) {
    const requirement = piece.text.replace(/(^|\s)#.*$/, '').trimEnd();
    const parsed = parsePep508(requirement);
    if (parsed) found.push({ ...parsed, file, line: piece.line, column: piece.column, endColumn: piece.column + requirement.length });
  }
  return found;
}

/**
 * setup.py is code we never run: its quoted strings that read as a requirement with a version
 * (`"django>=2.2"`), outside comments. Bare names are left out: `name="myproject"` looks the same.
 */
export function requirementsFromSetupPy(text: string, file = 'setup.py'): Requirement[] {
  const found: Requirement[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const code = codeBeforeComment(lines[i]);
    for (const match of code.matchAll(/(["'])([A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?\s*[<>=!~][^"']*)\1/g)) {
      const parsed = parsePep508(match[2]);
      if (parsed?.specifier) found.push({ ...parsed, file, line: i + 1, column: match.index! + 2, endColumn: match.index! + 2 + match[2].length });
    }
  }
  return found;
}

/** The packaging files that declare requirements (besides requirements files), in the order a maintainer would look. */
const packagingFiles: Array<[string, (text: string) => Requirement[]]> = [
  ['pyproject.toml', requirementsFromPyproject],
  ['setup.cfg', requirementsFromSetupCfg],
  ['setup.py', requirementsFromSetupPy],
  ['Pipfile', requirementsFromPipfile],
];

/** The requirements each packaging file of the project at `root` declares, file by file. */
export function packagingRequirements(root: string): Requirement[][] {
  return packagingFiles.map(([name, read]) => {
    const text = readSmallText(path.join(root, name));
    return text === null ? [] : read(text);
  });
}

/** Every declared requirement of the project at `root`, in the order a maintainer would look. */
export function declaredRequirements(root: string): Requirement[] {
  return [...requirementsFromFiles(root), ...packagingRequirements(root).flat()];
}
