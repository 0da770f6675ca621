// Finds the Django version a project runs today from its dependency declarations.
// Reads files only; never runs anything.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DjangoVersion, featureRelease } from './django-version';

export interface DetectedVersion {
  version: DjangoVersion;
  /** The file (relative to the root) and line that pinned it. */
  source: string;
}

/**
 * The Django version in a requirement specifier such as "==1.11.29", ">=1.11,<2.0", "~=2.2", "^3.2".
 * An exact pin or a lower bound gives the version the project runs; an upper bound alone says little.
 */
export function versionFromSpecifier(spec: string): DjangoVersion | null {
  const clauses = spec.split(',').map((c) => c.trim()).filter(Boolean);
  const order = ['===', '==', '~=', '^', '~', '>=', '>'];
  for (const op of order) {
    for (const clause of clauses) {
      if (clause.startsWith(op) && !(op === '>' && clause.startsWith('>='))) {
        const version = featureRelease(clause.slice(op.length));
        if (version) {
          // ">2.2" means "2.2.x later than 2.2.0", still the 2.2 series for our purposes.
          return version;
        }
      }
    }
  }
  // A bare version (Poetry "3.2.1" or Pipfile "==3.2") means an exact pin.
  if (clauses.length === 1) return featureRelease(clauses[0].replace(/^[=v]+/, ''));
  return null;
}

const requirementLine = /^\s*django\s*(\[[^\]]*\])?\s*((?:[<>=!~^]=?|===)[^;#]*)/i;

function fromRequirementsText(text: string): { version: DjangoVersion; line: number } | null {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/#.*/, '');
    const match = requirementLine.exec(line);
    if (match) {
      const version = versionFromSpecifier(match[2]);
      if (version) return { version, line: i + 1 };
    }
  }
  return null;
}

/** PEP 508 strings inside pyproject.toml/setup.py/setup.cfg: "Django>=3.2,<4". */
function fromQuotedRequirements(text: string): { version: DjangoVersion; line: number } | null {
  const lines = text.split(/\r?\n/);
  const pattern = /["']\s*django\s*(\[[^\]]*\])?\s*((?:[<>=!~]=?|===)[^"';]*)/i;
  for (let i = 0; i < lines.length; i++) {
    const match = pattern.exec(lines[i]);
    if (match) {
      const version = versionFromSpecifier(match[2]);
      if (version) return { version, line: i + 1 };
    }
  }
  return null;
}

/** Poetry `django = "^3.2"` / `django = {version = "~2.2"}` and Pipfile `django = "==1.11.*"`. */
function fromTomlTable(text: string): { version: DjangoVersion; line: number } | null {
  const lines = text.split(/\r?\n/);
  const pattern = /^\s*["']?django["']?\s*=\s*(?:\{[^}]*version\s*=\s*)?["']([^"']+)["']/i;
  for (let i = 0; i < lines.length; i++) {
    const match = pattern.exec(lines[i]);
    if (match && match[1].trim() !== '*') {
      const version = versionFromSpecifier(match[1]);
      if (version) return { version, line: i + 1 };
    }
  }
  return null;
}

function readSmallText(file: string, maxBytes = 1_000_000): string | null {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > maxBytes) return null;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Looks for the Django pin in `root`, in the order a maintainer would look. */
export function detectDjangoVersion(root: string): DetectedVersion | null {
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(root);
  } catch {
    return null;
  }
  const requirementFiles = entries
    .filter((name) => /^requirements.*\.(txt|in)$/i.test(name))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  for (const dir of ['requirements', 'reqs']) {
    try {
      for (const name of fs.readdirSync(path.join(root, dir)).sort()) {
        if (/\.(txt|in)$/i.test(name)) requirementFiles.push(path.join(dir, name));
      }
    } catch {
      // no such folder
    }
  }
  const candidates: Array<[string, (text: string) => { version: DjangoVersion; line: number } | null]> = [
    ...requirementFiles.map((name) => [name, fromRequirementsText] as [string, typeof fromRequirementsText]),
    ['pyproject.toml', (t) => fromQuotedRequirements(t) ?? fromTomlTable(t)],
    ['setup.cfg', (t) => fromRequirementsText(t.replace(/^\s+/gm, '')) ?? fromQuotedRequirements(t)],
    ['setup.py', fromQuotedRequirements],
    ['Pipfile', fromTomlTable],
  ];
  // Lock files say what is installed: they come after explicit pins but before ranges in
  // pyproject/setup/Pipfile, which may only give a lower bound.
  candidates.splice(requirementFiles.length, 0, ...lockFileCandidates);
  for (const [name, extract] of candidates) {
    const text = readSmallText(path.join(root, name), name.endsWith('.lock') ? 20_000_000 : 1_000_000);
    if (text === null) continue;
    const found = extract(text);
    if (found) return { version: found.version, source: `${name.split(path.sep).join('/')}:${found.line}` };
  }
  return detectInstalledDjango(root);
}

/** `[[package]]` tables of poetry.lock and uv.lock: `name = "django"` then `version = "3.2.25"`. */
export function fromPackageLock(text: string): { version: DjangoVersion; line: number } | null {
  const lines = text.split(/\r?\n/);
  let inDjango = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith('[')) {
      inDjango = false;
      continue;
    }
    const name = /^name\s*=\s*["']([^"']+)["']/.exec(line);
    if (name) {
      inDjango = name[1].toLowerCase() === 'django';
      continue;
    }
    const version = /^version\s*=\s*["']([^"']+)["']/.exec(line);
    if (inDjango && version) {
      const feature = featureRelease(version[1]);
      if (feature) return { version: feature, line: i + 1 };
    }
  }
  return null;
}

/** Pipfile.lock (JSON): `"default": {"django": {"version": "==2.2.28"}}`. */
export function fromPipfileLock(text: string): { version: DjangoVersion; line: number } | null {
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
      if (name.toLowerCase() !== 'django' || !info || typeof info !== 'object') continue;
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

const lockFileCandidates: Array<[string, (text: string) => { version: DjangoVersion; line: number } | null]> = [
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

const virtualenvNames = ['.venv', 'venv', 'env', '.env', 'virtualenv'];

/** Django installed in a virtualenv inside the project: `<venv>/lib/pythonX.Y/site-packages/django/__init__.py`. */
export function detectInstalledDjango(root: string): DetectedVersion | null {
  for (const venv of virtualenvNames) {
    const base = path.join(root, venv);
    const sitePackages: string[] = [path.join(base, 'Lib', 'site-packages')];
    try {
      for (const lib of ['lib', 'lib64']) {
        for (const name of fs.readdirSync(path.join(base, lib)).sort()) {
          if (/^python\d/.test(name)) sitePackages.push(path.join(base, lib, name, 'site-packages'));
        }
      }
    } catch {
      // not a virtualenv with that layout
    }
    for (const dir of sitePackages) {
      const file = path.join(dir, 'django', '__init__.py');
      const text = readSmallText(file, 100_000);
      if (text === null) continue;
      const found = versionFromDjangoInit(text);
      if (found) return { version: found.version, source: `${path.relative(root, file).split(path.sep).join('/')}:${found.line}` };
    }
  }
  return null;
}
