// Which files a scan leaves out, the same for the CLI, the audit and the editor: the built-in
// folders (virtualenvs, caches, VCS folders), the project configuration's `exclude` and
// `extend-exclude` globs, .gitignore files (those above the scanned folder up to the repository's
// root too) and `.git/info/exclude`, and in the editor `files.exclude` with VS Code's glob rules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { Ignore } from 'ignore';
import picomatch from 'picomatch';

/** Folders no scan enters unless a configuration's `exclude` replaces this list (as in Ruff). */
export const defaultExclude: readonly string[] = [
  '.git', '.hg', '.svn', 'node_modules', 'site-packages', '__pycache__', '.tox', '.nox', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', '.venv', 'venv', '.cache', 'bower_components',
];

const toPosix = (p: string) => p.split(path.sep).join('/');

/** `full` relative to `base`, "/"-separated; null when it is not inside `base`. */
export function relativeInside(base: string, full: string): string | null {
  const relative = toPosix(path.relative(base, full));
  return relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative) ? null : relative;
}

/** "a/b/c.py" → ["a", "a/b", "a/b/c.py"]: a path and the folders it is in. */
function withAncestors(relative: string): string[] {
  const parts = relative.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/**
 * Globs as Ruff reads `exclude` and `per-file-ignores`: relative to the folder of the file that
 * sets them; a pattern without "/" also matches a file or folder of that name at any depth.
 */
export class PathPatterns {
  private readonly matchers: Array<{ pattern: string; test: (relative: string) => boolean; name: boolean }>;

  constructor(readonly base: string, patterns: readonly string[]) {
    this.matchers = patterns
      .map((pattern) => pattern.trim().replace(/^\.\//, '').replace(/\/+$/, ''))
      .filter(Boolean)
      .map((pattern) => ({ pattern, test: picomatch(pattern, { dot: true }), name: !pattern.includes('/') }));
  }

  get size(): number {
    return this.matchers.length;
  }

  /** The first pattern that matches `full` or a folder it is in (below the base), or null. */
  match(full: string): string | null {
    const relative = relativeInside(this.base, full);
    if (relative === null) return null;
    for (const part of withAncestors(relative)) {
      const name = part.slice(part.lastIndexOf('/') + 1);
      for (const matcher of this.matchers) {
        if (matcher.test(part) || (matcher.name && matcher.test(name))) return matcher.pattern;
      }
    }
    return null;
  }
}

/**
 * The editor's `files.exclude`: `{ glob: true | false | { when: "$(basename).ext" } }`, globs
 * matched against the path relative to the workspace folder as VS Code matches them
 * (`**\/{build,dist}`, `*` within one folder); a `when` clause excludes a file only when the
 * sibling it names exists.
 */
export class EditorGlobs {
  private readonly matchers: Array<{ pattern: string; test: (relative: string) => boolean; when: string | null }> = [];

  constructor(readonly base: string, filesExclude: unknown) {
    if (!filesExclude || typeof filesExclude !== 'object') return;
    for (const [pattern, on] of Object.entries(filesExclude as Record<string, unknown>)) {
      const when = on && typeof on === 'object' && typeof (on as { when?: unknown }).when === 'string' ? (on as { when: string }).when : null;
      if (on !== true && when === null) continue;
      // VS Code globs have no extglobs or negation; a leading "!" or "+(" is literal there.
      this.matchers.push({ pattern, test: picomatch(pattern, { dot: true, noextglob: true, nonegate: true }), when });
    }
  }

  get size(): number {
    return this.matchers.length;
  }

  match(full: string): string | null {
    const relative = relativeInside(this.base, full);
    if (relative === null) return null;
    for (const matcher of this.matchers) {
      // A folder's glob hides what is in it (a walk never enters it; a named file is checked here).
      const folder = withAncestors(relative).slice(0, -1).find((part) => matcher.test(part));
      if (folder !== undefined && matcher.when === null) return matcher.pattern;
      if (!matcher.test(relative)) continue;
      if (matcher.when === null) return matcher.pattern;
      const name = path.basename(full);
      const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
      if (fs.existsSync(path.join(path.dirname(full), matcher.when.replace(/\$\(basename\)/g, stem)))) return matcher.pattern;
    }
    return null;
  }
}

export interface IgnoreLayer {
  base: string;
  matcher: Ignore;
}

function readIgnore(file: string): Ignore | null {
  try {
    return ignore().add(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The `.gitignore` of a folder, as a layer for the folders below it. */
export function gitignoreLayer(dir: string): IgnoreLayer | null {
  const matcher = readIgnore(path.join(dir, '.gitignore'));
  return matcher ? { base: dir, matcher } : null;
}

/** The git directory of the repository whose work tree has `.git` at `dir` (a folder, or a worktree's `gitdir:` file). */
function gitDirectory(dir: string): string | null {
  const dotGit = path.join(dir, '.git');
  try {
    const stat = fs.statSync(dotGit);
    if (stat.isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'));
    if (!pointer) return null;
    const gitDir = path.resolve(dir, pointer[1].trim());
    // A linked worktree keeps info/exclude in the main repository's git directory.
    try {
      return path.resolve(gitDir, fs.readFileSync(path.join(gitDir, 'commondir'), 'utf8').trim());
    } catch {
      return gitDir;
    }
  } catch {
    return null;
  }
}

/**
 * The ignore rules that apply inside `folder` from above it: `.git/info/exclude` and the
 * .gitignore files of the folders from the repository's root down to `folder`'s parent. Outside a
 * repository there are none (git reads no .gitignore there either).
 */
export function ignoreLayersAbove(folder: string): IgnoreLayer[] {
  const chain: string[] = [];
  let dir = path.resolve(folder);
  for (;;) {
    chain.unshift(dir);
    const gitDir = fs.existsSync(path.join(dir, '.git')) ? gitDirectory(dir) : null;
    if (gitDir) {
      const layers: IgnoreLayer[] = [];
      const info = readIgnore(path.join(gitDir, 'info', 'exclude'));
      if (info) layers.push({ base: dir, matcher: info });
      // The folder's own .gitignore is read by the walk itself.
      for (const above of chain.slice(0, -1)) {
        const layer = gitignoreLayer(above);
        if (layer) layers.push(layer);
      }
      return layers;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return [];
    dir = parent;
  }
}

/** Whether a layer ignores `full` (a folder when `isDirectory`). */
export function isGitIgnored(layers: IgnoreLayer[], full: string, isDirectory: boolean): boolean {
  for (const layer of layers) {
    const relative = relativeInside(layer.base, full);
    if (relative === null) continue;
    if (layer.matcher.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}
