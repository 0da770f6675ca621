// Shared machinery of the differential tests against django-upgrade and Djade: install the real
// tool from PyPI into a cached virtualenv, lay the cases out as small projects in a temporary
// directory, run the tool and this project's `djupgrade fix` on copies, and compare file by file.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

export interface ParityCase {
  /** Stable name used by the table of known differences, e.g. "conf-urls-url#2" or "fixture:legacy-shop". */
  name: string;
  /** Files of the case, by path relative to its project root. */
  files: Record<string, string>;
}

export interface CaseResult {
  name: string;
  version: string;
  /** Per file: the input, the real tool's output and ours. */
  files: Array<{ path: string; input: string; theirs: string; ours: string; crashed?: string; theirs2?: string }>;
  /** The real tool's error, when it crashed on a file of the case. */
  crashed?: string;
}

/** The Python interpreter of a virtualenv made by ensureTool. */
export function venvPython(name: string): string {
  return path.join(repoRoot, '.cache', 'venvs', name, process.platform === 'win32' ? 'Scripts' : 'bin', 'python');
}

/**
 * Installs `pkg==version` into `.cache/venvs/<name>` (created once and reused) and returns the
 * path of its console script. Throws with pip's output when the installation fails.
 */
export function ensureTool(name: string, pkg: string, version: string, script: string): string {
  return path.join(ensureVenv(name, [`${pkg}==${version}`], script), script);
}

/**
 * A virtualenv `.cache/venvs/<name>` with exactly `requirements` installed (made once, reused while
 * they stay the same); returns its bin folder. `expect` is a file the folder must hold to be reused.
 */
export function ensureVenv(name: string, requirements: string[], expect = 'python', pipArgs: string[] = []): string {
  const venv = path.join(repoRoot, '.cache', 'venvs', name);
  const marker = path.join(venv, '.installed');
  const bin = path.join(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
  const wanted = requirements.join(' ');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === wanted && fs.existsSync(path.join(bin, expect))) return bin;
  fs.mkdirSync(path.dirname(venv), { recursive: true });
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  if (!fs.existsSync(path.join(bin, 'python')) && !fs.existsSync(path.join(bin, 'python.exe'))) run('python3', ['-m', 'venv', venv]);
  run(path.join(bin, 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...pipArgs, ...requirements]);
  fs.writeFileSync(marker, `${wanted}\n`);
  return bin;
}

/**
 * Writes every case as its own project (an empty requirements.txt marks its root) under
 * `<dir>/<prefix><index>/`. Directory names are neutral: django-upgrade decides file kinds with
 * regular expressions over the whole path ("test", "settings", "admin", …).
 */
export function layOut(dir: string, cases: readonly ParityCase[], prefix = 'c'): Map<string, { case: ParityCase; root: string }> {
  const roots = new Map<string, { case: ParityCase; root: string }>();
  cases.forEach((parityCase, index) => {
    const root = `${prefix}${index}`;
    roots.set(root, { case: parityCase, root });
    fs.mkdirSync(path.join(dir, root), { recursive: true });
    fs.writeFileSync(path.join(dir, root, 'requirements.txt'), '');
    for (const [file, text] of Object.entries(parityCase.files)) {
      const full = path.join(dir, root, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, text);
    }
  });
  return roots;
}

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
}

export function copyTree(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}

/** `node bin/djupgrade.js fix --select all --current V --target V <dir>`. */
export function runOurs(dir: string, version: string, extra: string[] = []): void {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), 'fix', '--select', 'all', '--current', version, '--target', version, ...extra, '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  // Exit 1 says findings remain that no fix removes; only a crash or a usage error is a failure.
  if (result.status !== 0 && result.status !== 1) throw new Error(`djupgrade fix failed (${result.status}): ${result.stderr}`);
}

/** Runs a tool on files given relative to `dir`, in batches (command lines have limits). */
export function runTool(command: string, args: string[], dir: string, files: string[]): void {
  for (let i = 0; i < files.length; i += 200) {
    const result = spawnSync(command, [...args, ...files.slice(i, i + 200)], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
    if (result.status === null || result.status > 1 || /Traceback|panicked/.test(result.stderr)) {
      throw new Error(`${path.basename(command)} failed (${result.status}): ${result.stderr}`);
    }
  }
}

export function listFiles(dir: string, extension: RegExp): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extension.test(entry.name)) found.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * Runs django-upgrade through test/parity/run_tool.py (its fixers, file by file in one process):
 * returns the files it crashed on, with the error.
 */
export function runDjangoUpgrade(python: string, version: string, dir: string, files: string[]): Record<string, string> {
  const crashed: Record<string, string> = {};
  for (let i = 0; i < files.length; i += 200) {
    const result = spawnSync(python, [path.join(repoRoot, 'test', 'parity', 'run_tool.py'), '--target-version', version, ...files.slice(i, i + 200)], {
      cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000,
    });
    if (result.status !== 0) throw new Error(`run_tool.py failed (${result.status}): ${result.stderr}`);
    Object.assign(crashed, (JSON.parse(result.stdout) as { crashed: Record<string, string> }).crashed);
  }
  return crashed;
}

/** Reads the outputs of both tools back, case by case. */
export function collect(
  roots: Map<string, { case: ParityCase; root: string }>,
  theirsDir: string,
  oursDir: string,
  version: string,
  crashed: Record<string, string> = {},
): CaseResult[] {
  const results: CaseResult[] = [];
  for (const { case: parityCase, root } of roots.values()) {
    const crash = Object.keys(parityCase.files).map((file) => crashed[`${root}/${file}`]).find((c) => c !== undefined);
    results.push({
      name: parityCase.name,
      version,
      crashed: crash,
      files: Object.entries(parityCase.files).map(([file, input]) => ({
        path: file,
        input,
        crashed: crashed[`${root}/${file}`],
        theirs: fs.readFileSync(path.join(theirsDir, root, file), 'utf8'),
        ours: fs.readFileSync(path.join(oursDir, root, file), 'utf8'),
      })),
    });
  }
  return results;
}

/** A short unified view of where two texts part, for assertion messages. */
export function showDifference(label: string, file: { path: string; input: string; theirs: string; ours: string }): string {
  return `--- ${label} ${file.path}\n[input]\n${file.input}\n[theirs]\n${file.theirs}\n[ours]\n${file.ours}`;
}

/** Reads a fixture project folder into a case. */
export function fixtureCase(name: string, folder: string, extension: RegExp): ParityCase {
  const files: Record<string, string> = {};
  for (const file of listFiles(folder, extension)) files[file] = fs.readFileSync(path.join(folder, file), 'utf8');
  return { name, files };
}
