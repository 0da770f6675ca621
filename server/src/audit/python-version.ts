// Finds the Python version a project runs on, from the files that say it, in the order a
// maintainer would trust them: an explicit interpreter pin first, then declared requirements,
// then what CI tests. Python 2 evidence wins over the rest: a project that declares, tests or runs
// Python 2 anywhere, or whose code only runs on Python 2 (the python2 findings, passed in by the
// audit), has the Python 3 step ahead of it, whatever else says 3.x. Reads files only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document as YamlDocument, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import { parseIni } from '../config/ini';
import { codeBeforeComment, parseToml, TomlLocator, tomlAt } from '../config/toml';
import { poetryToPep440, specifierFloor } from '../versions/pep440';
import { virtualenvNames } from '../versions/detect-project-version';
import { readSmallText } from '../versions/requirements';

export interface DetectedPython {
  /** "3.6" */
  version: string;
  /** The file (relative to the root) and line that said it, e.g. "runtime.txt:1". */
  source: string;
}

/** Code that runs only on Python 2 (a python2 finding): the place and what it is. */
export interface PythonCodeEvidence {
  /** Relative to the root, "/"-separated. */
  file: string;
  line: number;
  /** What was found, e.g. "`print` statement". */
  what: string;
}

/** Any Python 2 release: Django 1.11, the last that runs on Python 2, supports 2.7 only. */
export const isPython2 = (version: string) => version.startsWith('2.');
const python2 = '2.7';

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

/** The lower bound of a specifier such as ">=3.8", "~=3.6", Poetry's "^3.9" or ">=2.7 || >=3.5", "3.7.*". */
export function lowerBoundOf(spec: string): string | null {
  const found: string[] = [];
  for (const alternative of spec.split(/\|\|?/)) {
    const floor = specifierFloor(poetryToPep440(alternative.trim()));
    const version = floor && featurePython(floor.version);
    if (version) found.push(version);
  }
  return lowest(found);
}

type Part = 'requires' | 'classifiers';

/** pyproject.toml: PEP 621 `requires-python` or Poetry's `python` dependency; or the classifiers. */
const fromPyproject = (part: Part) => (text: string): Found => {
  const parsed = parseToml(text);
  if ('error' in parsed) return null;
  const locate = (key: string, header: string) => {
    const locator = new TomlLocator(text);
    locator.header(header);
    return locator.key(key)?.line ?? 1;
  };
  const requires = tomlAt(parsed.table, 'project', 'requires-python');
  const fromRequires = typeof requires === 'string' ? lowerBoundOf(requires) : null;
  if (part === 'classifiers') {
    const classifiers = tomlAt(parsed.table, 'project', 'classifiers') ?? tomlAt(parsed.table, 'tool', 'poetry', 'classifiers');
    return Array.isArray(classifiers) ? oldestClassifier(classifiers.filter((c): c is string => typeof c === 'string'), text) : null;
  }
  if (fromRequires) return { version: fromRequires, line: locate('requires-python', 'project') };
  const poetry = tomlAt(parsed.table, 'tool', 'poetry', 'dependencies', 'python');
  const fromPoetry = typeof poetry === 'string' ? lowerBoundOf(poetry) : null;
  return fromPoetry ? { version: fromPoetry, line: locate('python', 'tool.poetry.dependencies') } : null;
};

/** setup.cfg: `[options] python_requires`; or `[metadata] classifiers`. */
const fromSetupCfg = (part: Part) => (text: string): Found => {
  const ini = parseIni(text);
  if (part === 'classifiers') {
    const classifiers = ini.get('metadata')?.get('classifiers');
    return classifiers ? oldestClassifier(classifiers.pieces.map((p) => p.text), text) : null;
  }
  const requires = ini.get('options')?.get('python_requires');
  const version = requires ? lowerBoundOf(requires.value.trim()) : null;
  return requires && version ? { version, line: requires.pieces[0]?.line ?? requires.line } : null;
};

/** setup.py (code we never run): `python_requires=">=3.5"`; or the classifiers. Comments skipped. */
const fromSetupPy = (part: Part) => (text: string): Found => {
  const lines = text.split(/\r?\n/).map(codeBeforeComment);
  if (part === 'requires') {
    for (let i = 0; i < lines.length; i++) {
      const match = /python_requires\s*=\s*["']([^"']+)["']/.exec(lines[i]);
      const version = match && lowerBoundOf(match[1]);
      if (version) return { version, line: i + 1 };
    }
    return null;
  }
  const classifiers = lines.flatMap((line) => [...line.matchAll(/["'](Programming Language :: Python :: [^"']+)["']/g)].map((m) => m[1]));
  return oldestClassifier(classifiers, lines.join('\n'));
};

/**
 * Trove classifiers "Programming Language :: Python :: 3.6": the oldest listed one, with its line in
 * `text`. "Python :: 2" and "Python :: 2 :: Only" say Python 2, which for Django means 2.7.
 */
function oldestClassifier(classifiers: string[], text: string): Found {
  let best: { version: string; written: string } | null = null;
  for (const classifier of classifiers) {
    const written = classifier.trim();
    const minor = /^Programming Language :: Python :: ([23]\.\d+)\s*$/.exec(written);
    const version = minor ? featurePython(minor[1]) : /^Programming Language :: Python :: 2(?: :: Only)?$/.test(written) ? python2 : null;
    if (version && (!best || comparePython(version, best.version) < 0)) best = { version, written };
  }
  if (!best) return null;
  const lines = text.split(/\r?\n/);
  const pattern = new RegExp(`${best.written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d.]| ::)`);
  const at = lines.findIndex((line) => pattern.test(codeBeforeComment(line)) || pattern.test(line.trim()));
  return { version: best.version, line: at + 1 || 1 };
}

/** Pipfile: `[requires] python_version = "3.6"` or `python_full_version`. */
function fromPipfile(text: string): Found {
  const parsed = parseToml(text);
  if ('error' in parsed) return null;
  for (const key of ['python_version', 'python_full_version']) {
    const value = tomlAt(parsed.table, 'requires', key);
    const version = typeof value === 'string' ? featurePython(value) : null;
    if (version) {
      const locator = new TomlLocator(text);
      locator.header('requires');
      return { version, line: locator.key(key)?.line ?? 1 };
    }
  }
  return null;
}

const ciPythonKeys = new Set(['python-version', 'python_version', 'python', 'python-versions']);

/**
 * CI files read as YAML: GitHub Actions `python-version` (matrices and `include` entries too),
 * Travis `python:`, images `python:3.6` (GitLab `image:`, a job's `container:`). The oldest wins.
 * Versions are read as written: YAML reads `3.10` as the number 3.1.
 */
function fromCiYaml(text: string): Found {
  const lineCounter = new LineCounter();
  let documents: YamlDocument[];
  try {
    documents = parseAllDocuments(text, { lineCounter }) as YamlDocument[];
  } catch {
    return null;
  }
  let best: Found = null;
  const consider = (node: unknown, fromImage: boolean) => {
    if (!isScalar(node) || !node.range) return;
    const written = String(node.source ?? node.value ?? '').trim();
    const version = fromImage ? /^(?:[\w.-]+\/)*python:([23]\.\d+)/.exec(written)?.[1] : /^[23]\.\d+/.test(written) ? written : null;
    // setup-python's "2.x", a `python:2` image, Travis/tox-style PyPy ("pypy", "pypy2", "pypy-2.7"): Python 2.
    const python2Alias = fromImage ? /^(?:[\w.-]+\/)*python:2(?:-|$)/.test(written) : /^(?:2\.x|pypy2?(?:[.-]\S*)?)$/i.test(written) && !/^pypy-?3/i.test(written);
    const feature = version ? featurePython(version) : python2Alias ? python2 : null;
    if (feature && (!best || comparePython(feature, best.version) < 0)) best = { version: feature, line: lineCounter.linePos(node.range[0]).line };
  };
  for (const document of documents) {
    if (document.errors.length) continue;
    visit(document, {
      Pair(_key, pair) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        if (ciPythonKeys.has(key)) {
          if (isSeq(value)) for (const item of value.items) consider(item, false);
          else consider(value, false);
        } else if (key === 'image' || key === 'container') {
          consider(isMap(value) ? value.get('name', true) ?? value.get('image', true) : value, true);
        }
      },
    });
  }
  return best;
}

/** `tox.ini`: `[tox] envlist = py36,py37-django22` (one per line too) or `basepython = python3.6`. */
function fromToxIni(text: string): Found {
  let best: Found = null;
  const consider = (version: string | null, line: number) => {
    if (version && (!best || comparePython(version, best.version) < 0)) best = { version, line };
  };
  for (const [name, section] of parseIni(text)) {
    const envlist = name === 'tox' ? section.get('envlist') : undefined;
    for (const piece of envlist?.pieces ?? []) {
      // Generative envlists ("py{36,37}-django22") list their versions in braces.
      for (const match of piece.text.matchAll(/\bpy(\{[\d,\s]+\}|\d+)/g)) {
        for (const digits of match[1].replace(/[{}\s]/g, '').split(',')) {
          consider(/^[23]\d{1,2}$/.test(digits) ? `${digits[0]}.${Number(digits.slice(1))}` : digits === '2' ? python2 : null, piece.line);
        }
      }
      // `pypy` (not `pypy3`) is PyPy for Python 2.7.
      if (/(?:^|[\s,{-])pypy(?![\d.])/.test(piece.text)) consider(python2, piece.line);
    }
    const base = section.get('basepython');
    const version = base && /^python([23]\.\d+)$/.exec(base.value.trim());
    if (base && version) consider(featurePython(version[1]), base.line);
    else if (base && /^(?:python2|pypy)$/.test(base.value.trim())) consider(python2, base.line);
  }
  return best;
}

/** `FROM python:3.6-slim` */
function fromDockerfile(text: string): Found {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*FROM\s+(?:[\w./-]*\/)?python:([23]\.\d+|2(?=-|\s|$))/i.exec(lines[i]);
    if (match) return { version: match[1] === '2' ? python2 : featurePython(match[1])!, line: i + 1 };
  }
  return null;
}

/** A `#!/usr/bin/env python2` (or `python2.7`) first line, as Django 1.x's manage.py often had. */
function fromShebang(text: string): Found {
  const match = /^#!.*\bpython(2(?:\.\d+)?)\b/.exec(text.split(/\r?\n/, 1)[0]);
  return match ? { version: match[1] === '2' ? python2 : featurePython(match[1])!, line: 1 } : null;
}

/** A virtualenv inside the project: `<venv>/lib/pythonX.Y` (the folder names the interpreter it was made with). */
function fromVirtualenv(root: string): DetectedPython | null {
  for (const venv of virtualenvNames) {
    for (const lib of ['lib', 'lib64']) {
      let names: string[];
      try {
        names = fs.readdirSync(path.join(root, venv, lib)).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        const version = /^python([23]\.\d+)$/.exec(name);
        if (version) return { version: featurePython(version[1])!, source: `${venv}/${lib}/${name}` };
      }
    }
  }
  return null;
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

/**
 * The Python version of the project at `root`, or null when nothing says it. The first file in the
 * order of trust gives it, unless something says Python 2: then the first Python 2 evidence of the
 * files, else of `code` (python2 findings), gives 2.x, and the source names what said otherwise.
 */
export function detectPythonVersion(root: string, code: readonly PythonCodeEvidence[] = []): DetectedPython | null {
  const candidates: Array<[string, (text: string) => Found]> = [
    ['.python-version', fromPythonVersionFile],
    ['runtime.txt', fromRuntimeTxt],
    ['pyproject.toml', fromPyproject('requires')],
    ['setup.cfg', fromSetupCfg('requires')],
    ['setup.py', fromSetupPy('requires')],
    ['pyproject.toml', fromPyproject('classifiers')],
    ['setup.cfg', fromSetupCfg('classifiers')],
    ['setup.py', fromSetupPy('classifiers')],
    ['Pipfile', fromPipfile],
    ...workflowFiles(root).map((name) => [name, fromCiYaml] as [string, (text: string) => Found]),
    ['.gitlab-ci.yml', fromCiYaml],
    ['.travis.yml', fromCiYaml],
    ['tox.ini', fromToxIni],
    ['Dockerfile', fromDockerfile],
  ];
  const said: DetectedPython[] = [];
  for (const [name, extract] of candidates) {
    const text = readSmallText(path.join(root, name));
    if (text === null) continue;
    const found = extract(text);
    if (found && found.version) said.push({ version: found.version, source: `${name}:${found.line}` });
  }
  const venv = fromVirtualenv(root);
  if (venv) said.push(venv);
  const shebang = readSmallText(path.join(root, 'manage.py'), 100_000);
  const fromManage = shebang === null ? null : fromShebang(shebang);
  if (fromManage) said.push({ version: fromManage.version, source: 'manage.py:1' });

  const first = said[0] ?? null;
  const otherwise = (evidence: { source: string }) => (first && first.source !== evidence.source && !isPython2(first.version) ? `; ${first.source} says ${first.version}` : '');
  const declared = said.find((d) => isPython2(d.version));
  if (declared) {
    const note = otherwise(declared);
    return note ? { version: declared.version, source: `${declared.source} (Python 2${note})` } : declared;
  }
  if (code.length) {
    const evidence = code[0];
    const more = code.length > 1 ? ` and ${code.length - 1} more` : '';
    return { version: python2, source: `${evidence.file}:${evidence.line} (Python 2 code: ${evidence.what}${more}${otherwise({ source: '' })})` };
  }
  return first;
}

export { lowest as lowestPython };
