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

function readSmallText(file: string): string | null {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > 1_000_000) return null;
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
  for (const [name, extract] of candidates) {
    const text = readSmallText(path.join(root, name));
    if (text === null) continue;
    const found = extract(text);
    if (found) return { version: found.version, source: `${name.split(path.sep).join('/')}:${found.line}` };
  }
  return null;
}
