// Finding and reading the files a scan checks: Python files and Django templates, honouring
// .gitignore files, skipping virtualenvs, node_modules and site-packages, and never following a
// symlink loop. Files that are too large, binary or not UTF-8 are reported as skipped, not read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { Ignore } from 'ignore';
import type { SourceLanguage } from '../parsing/languages';

const skippedDirectories = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'site-packages', '__pycache__', '.tox', '.nox', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', '.venv', 'venv', '.cache', 'bower_components',
]);

export function languageOfPath(filePath: string): SourceLanguage | null {
  const normalized = filePath.split(path.sep).join('/');
  if (normalized.endsWith('.py')) return 'python';
  if (/\.(djhtml|dj\.html)$/.test(normalized)) return 'django-template';
  if (/(^|\/)templates\/.+\.(html|txt)$/.test(normalized)) return 'django-template';
  return null;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface WalkResult {
  files: string[];
  skipped: SkippedFile[];
}

interface IgnoreLayer {
  base: string;
  matcher: Ignore;
}

function readIgnoreFile(dir: string): Ignore | null {
  try {
    const text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
    return ignore().add(text);
  } catch {
    return null;
  }
}

function isIgnored(layers: IgnoreLayer[], full: string, isDirectory: boolean): boolean {
  for (const layer of layers) {
    const relative = path.relative(layer.base, full).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) continue;
    if (layer.matcher.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}

/** Every checkable file under `roots` (files or directories), sorted. */
export function findSourceFiles(roots: string[], options: { exclude?: (full: string) => boolean } = {}): WalkResult {
  const files = new Set<string>();
  const skipped: SkippedFile[] = [];
  const visited = new Set<string>();
  const visit = (dir: string, layers: IgnoreLayer[]) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (error) {
      skipped.push({ path: dir, reason: `cannot resolve: ${(error as NodeJS.ErrnoException).code ?? error}` });
      return;
    }
    if (visited.has(real)) return; // a symlink loop or a second link to the same folder
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: dir, reason: `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? error}` });
      return;
    }
    if (entries.some((e) => e.name === 'pyvenv.cfg')) return; // a virtualenv
    const own = readIgnoreFile(dir);
    const here = own ? [...layers, { base: dir, matcher: own }] : layers;
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(full);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          skipped.push({ path: full, reason: 'broken symbolic link' });
          continue;
        }
      }
      if (isDirectory) {
        if (skippedDirectories.has(entry.name) || isIgnored(here, full, true) || options.exclude?.(full)) continue;
        visit(full, here);
      } else if (isFile && languageOfPath(full) && !isIgnored(here, full, false) && !options.exclude?.(full)) {
        files.add(full);
      }
    }
  };
  for (const root of roots) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(root);
    } catch {
      skipped.push({ path: root, reason: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) visit(root, []);
    else if (!stat.isFile()) skipped.push({ path: root, reason: 'not a regular file' }); // a FIFO or a device would block or never end
    else if (languageOfPath(root)) files.add(root);
    else skipped.push({ path: root, reason: 'not a Python file or Django template' });
  }
  return { files: [...files].sort(), skipped };
}

export type ReadResult = { text: string; bom: boolean } | { skipped: string };

// ignoreBOM keeps a BOM in the decoded text, so it can be noticed and written back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Checks raw bytes: binary (NUL bytes) and invalid UTF-8 are refused; a BOM is dropped. */
export function decodeSource(bytes: Uint8Array): ReadResult {
  // Anywhere in the file, as the server does for open documents (a NUL late in a file is no less
  // binary, and CPython refuses source code with one).
  if (bytes.includes(0)) return { skipped: 'binary file' };
  try {
    const text = decoder.decode(bytes);
    // The BOM is not part of the source; fixes write it back.
    return text.startsWith('\uFEFF') ? { text: text.slice(1), bom: true } : { text, bom: false };
  } catch {
    return { skipped: 'not valid UTF-8' };
  }
}

export function readSourceFile(file: string, maxBytes: number): ReadResult {
  try {
    const stat = fs.statSync(file);
    // Reading a FIFO blocks until somebody writes to it; a device may never end.
    if (!stat.isFile()) return { skipped: 'not a regular file' };
    if (stat.size > maxBytes) return { skipped: `larger than ${maxBytes} bytes (${stat.size})` };
    return decodeSource(fs.readFileSync(file));
  } catch (error) {
    return { skipped: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}` };
  }
}
