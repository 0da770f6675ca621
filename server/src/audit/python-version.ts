// Finds the Python version a project runs on, from the files that say it, in the order a
// maintainer would trust them: an explicit interpreter pin first, then declared requirements,
// then what CI tests. Reads files only.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface DetectedPython {
  /** "3.6" */
  version: string;
  /** The file (relative to the root) and line that said it, e.g. "runtime.txt:1". */
  source: string;
}

type Found = { version: string; line: number } | null;

const pythonVersion = /(?<![\d.])([23])\.(\d{1,2})(?![\d])/;

/** "3.6.15" / "python-3.6.15" / "3.8.10/envs/x" → "3.6"; anything else → null. */
export function featurePython(text: string): string | null {
  const match = pythonVersion.exec(text);
  return match ? `${match[1]}.${Number(match[2])}` : null;
}

export function comparePython(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

function lowest(versions: string[]): string | null {
  return versions.length ? [...versions].sort(comparePython)[0] : null;
}

/** `.python-version` (pyenv): the first non-comment line; "system" says nothing. */
function fromPythonVersionFile(text: string): Found {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#')) continue;
    const version = featurePython(line);
    return version ? { version, line: i + 1 } : null;
  }
  return null;
}

/** Heroku-style `runtime.txt`: `python-3.6.15`. */
function fromRuntimeTxt(text: string): Found {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*python-/i.test(lines[i])) {
      const version = featurePython(lines[i]);
      if (version) return { version, line: i + 1 };
    }
  }
  return null;
}

/** The lower bound of a specifier such as ">=3.8", "~=3.6", "^3.9", ">=3.6,<4", "3.7.*". */
export function lowerBoundOf(spec: string): string | null {
  const found: string[] = [];
  for (const clause of spec.split(/[,|]/).map((c) => c.trim())) {
    if (/^(<|<=|!=)/.test(clause)) continue;
    const match = /^(?:===|==|>=|~=|\^|~|>)?\s*v?([23]\.\d+)/.exec(clause);
    if (match) found.push(featurePython(match[1])!);
  }
  return lowest(found);
}

/** `requires-python = ">=3.8"`, Poetry's `python = "^3.9"`, setup.py/setup.cfg `python_requires`. */
function fromRequiresPython(text: string): Found {
  const lines = text.split(/\r?\n/);
  const patterns = [
    /^\s*requires-python\s*=\s*["']([^"']+)["']/,
    /^\s*python\s*=\s*["']([^"']+)["']/,
    /python_requires\s*=\s*["']([^"']+)["']/,
    /^\s*python_requires\s*=\s*([^#\n]+)/,
  ];
  for (const pattern of patterns) {
    for (let i = 0; i < lines.length; i++) {
      const match = pattern.exec(lines[i]);
      if (!match) continue;
      const version = lowerBoundOf(match[1]);
      if (version) return { version, line: i + 1 };
    }
  }
  return null;
}

/** Trove classifiers "Programming Language :: Python :: 3.6": the oldest listed one. */
function fromClassifiers(text: string): Found {
  const lines = text.split(/\r?\n/);
  let best: Found = null;
  for (let i = 0; i < lines.length; i++) {
    const match = /Programming Language :: Python :: ([23]\.\d+)/.exec(lines[i]);
    if (!match) continue;
    const version = featurePython(match[1])!;
    if (!best || comparePython(version, best.version) < 0) best = { version, line: i + 1 };
  }
  return best;
}

/** GitHub Actions `python-version: "3.8"` / matrices `python: ["3.6", "3.7"]`, GitLab `image: python:3.6`. */
function fromCiYaml(text: string): Found {
  const lines = text.split(/\r?\n/);
  let best: Found = null;
  const consider = (version: string | null, line: number) => {
    if (version && (!best || comparePython(version, best.version) < 0)) best = { version, line };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s#.*$/, '');
    const key = /^\s*-?\s*(python-version|python_version|python|python-versions)\s*:\s*(.*)$/.exec(line);
    if (key) {
      const value = key[2].trim();
      if (value.startsWith('[')) {
        for (const item of value.replace(/[[\]"']/g, '').split(',')) consider(featurePython(item.trim()), i + 1);
      } else if (value && !value.startsWith('$')) {
        consider(featurePython(value.replace(/["']/g, '')), i + 1);
      } else if (!value) {
        // a YAML list on the next lines: - "3.6"
        for (let j = i + 1; j < lines.length; j++) {
          const item = /^\s*-\s*["']?([23]\.\d+)["']?\s*$/.exec(lines[j]);
          if (!item) break;
          consider(featurePython(item[1]), j + 1);
        }
      }
    }
    const image = /^\s*(?:image|-\s*image)\s*:\s*["']?(?:[\w./-]*\/)?python:([23]\.\d+)/.exec(line);
    if (image) consider(featurePython(image[1]), i + 1);
  }
  return best;
}

/** `tox.ini` envlist `py36,py37-django22` or `basepython = python3.6`. */
function fromToxIni(text: string): Found {
  const lines = text.split(/\r?\n/);
  let best: Found = null;
  for (let i = 0; i < lines.length; i++) {
    for (const match of lines[i].matchAll(/\bpy([23])(\d{1,2})\b/g)) {
      const version = `${match[1]}.${Number(match[2])}`;
      if (!best || comparePython(version, best.version) < 0) best = { version, line: i + 1 };
    }
    const base = /basepython\s*=\s*python([23]\.\d+)/.exec(lines[i]);
    if (base) {
      const version = featurePython(base[1])!;
      if (!best || comparePython(version, best.version) < 0) best = { version, line: i + 1 };
    }
  }
  return best;
}

/** `FROM python:3.6-slim` */
function fromDockerfile(text: string): Found {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*FROM\s+(?:[\w./-]*\/)?python:([23]\.\d+)/i.exec(lines[i]);
    if (match) return { version: featurePython(match[1])!, line: i + 1 };
  }
  return null;
}

function readSmall(file: string): string | null {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > 2_000_000) return null;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function workflowFiles(root: string): string[] {
  try {
    return fs
      .readdirSync(path.join(root, '.github', 'workflows'))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => `.github/workflows/${name}`);
  } catch {
    return [];
  }
}

/** The Python version of the project at `root`, or null when nothing says it. */
export function detectPythonVersion(root: string): DetectedPython | null {
  const candidates: Array<[string, (text: string) => Found]> = [
    ['.python-version', fromPythonVersionFile],
    ['runtime.txt', fromRuntimeTxt],
    ['pyproject.toml', fromRequiresPython],
    ['setup.cfg', fromRequiresPython],
    ['setup.py', fromRequiresPython],
    ['pyproject.toml', fromClassifiers],
    ['setup.cfg', fromClassifiers],
    ['setup.py', fromClassifiers],
    ['Pipfile', (text) => {
      const match = /^\s*python_(?:full_)?version\s*=\s*["']([^"']+)["']/m.exec(text);
      return match ? { version: featurePython(match[1])!, line: text.slice(0, match.index).split('\n').length } : null;
    }],
    ...workflowFiles(root).map((name) => [name, fromCiYaml] as [string, (text: string) => Found]),
    ['.gitlab-ci.yml', fromCiYaml],
    ['.travis.yml', fromCiYaml],
    ['tox.ini', fromToxIni],
    ['Dockerfile', fromDockerfile],
  ];
  for (const [name, extract] of candidates) {
    const text = readSmall(path.join(root, name));
    if (text === null) continue;
    const found = extract(text);
    if (found && found.version) return { version: found.version, source: `${name}:${found.line}` };
  }
  return null;
}

export { lowest as lowestPython };
