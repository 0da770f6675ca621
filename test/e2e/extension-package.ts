// What every e2e suite shares: one packaged build of the extension (the .vsix plus the CLI of the
// same build, the reference the editors are compared with), and the CLI's scan and fix on a folder.
// No editor or browser imports here: the VS Code suite bundles this module into the extension host.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const e2eRoot = __dirname;

export function log(message: string): void {
  process.stderr.write(`[e2e ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export interface Package {
  /** The .vsix. */
  vsix: string;
  /** bin/djupgrade.js of the same build: the reference the editor is compared with. */
  cli: string;
}

/**
 * The extension to test: E2E_PACKAGE (a folder made by buildPackage; the runner builds it once),
 * else built here. Other engineers rebuild dist/ while the tests run, so the .vsix and the CLI
 * used as the reference are both taken from one snapshot of dist/.
 */
let built: Package | undefined;
export function packagedExtension(): Package {
  const given = process.env.E2E_PACKAGE;
  if (given) {
    const pkg = packageIn(given);
    if (fs.existsSync(pkg.vsix) && fs.existsSync(pkg.cli)) return pkg;
  }
  if (!built) {
    const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-package-'));
    process.on('exit', () => fs.rmSync(stage, { recursive: true, force: true }));
    built = buildPackage(stage);
  }
  return built;
}

/** The package files in a folder made by buildPackage (also the extension's folder: package.json, dist/). */
export function packageIn(stage: string): Package {
  return { vsix: path.join(stage, 'django-upgrade.vsix'), cli: path.join(stage, 'bin', 'djupgrade.js') };
}

/** `npm run build`, a snapshot of what the .vsix holds plus the CLI, then `vsce package` on it. */
export function buildPackage(stage: string): Package {
  log(`building and packaging the extension in ${stage}`);
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const entry of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'bin', 'syntaxes', 'images']) {
    const from = path.join(repoRoot, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(stage, entry), { recursive: true, filter: (f) => !f.endsWith('.map') });
  }
  // dist/ is built already (and the snapshot has no build script): no `vscode:prepublish` here.
  const manifestPath = path.join(stage, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  delete manifest.scripts['vscode:prepublish'];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const vsix = path.join(stage, 'django-upgrade.vsix');
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package', '-o', vsix], {
    cwd: stage,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { vsix, cli: path.join(stage, 'bin', 'djupgrade.js') };
}

export interface CliFinding {
  path: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
  fixable: boolean;
}

/** What the command line finds in a folder (the reference the editor must agree with). */
export function cliScan(cli: string, folder: string): { files: number; findings: CliFinding[] } {
  let out: string;
  try {
    out = execFileSync(nodeBinary(), [cli, 'scan', '--format', 'json', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const e = error as { status?: number; stdout?: string };
    if (e.status !== 1 || !e.stdout) throw error;
    out = e.stdout;
  }
  return JSON.parse(out);
}

/** A fresh copy of the sample project with `djupgrade fix` applied: what fix-all must produce. */
export function cliFixedCopy(cli: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-cli-fixed-'));
  fs.cpSync(path.join(repoRoot, 'examples', 'legacy-site'), dir, { recursive: true });
  cliFix(cli, dir, '.');
  return dir;
}

/** `djupgrade fix TARGET` in `dir` (exit code 1, findings left, is not a failure). */
function cliFix(cli: string, dir: string, target: string): void {
  try {
    execFileSync(nodeBinary(), [cli, 'fix', target], { cwd: dir, stdio: 'ignore' });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
  }
}

/**
 * What `djupgrade fix RELATIVE` makes of `text` at `relative` in a copy of the project `folder`
 * (the copy keeps the project's configuration and pinned versions, which the fix depends on).
 */
export function cliFixedText(cli: string, folder: string, relative: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-cli-fixed-file-'));
  try {
    fs.cpSync(folder, dir, { recursive: true, filter: (source) => !source.split(path.sep).includes('.vscode') });
    fs.writeFileSync(path.join(dir, relative), text);
    cliFix(cli, dir, relative);
    return fs.readFileSync(path.join(dir, relative), 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A Node.js binary for the CLI: E2E_NODE, else this process's own (Electron runs as Node with ELECTRON_RUN_AS_NODE). */
function nodeBinary(): string {
  if (process.env.E2E_NODE) return process.env.E2E_NODE;
  if (process.versions.electron) process.env.ELECTRON_RUN_AS_NODE = '1';
  return process.execPath;
}

/** Bundles test/e2e/vscode/suite (the extension-host scenarios) to one CommonJS file. */
export function bundleVSCodeSuite(outfile: string): string {
  execFileSync(
    path.join(repoRoot, 'node_modules', '.bin', 'esbuild'),
    [path.join(e2eRoot, 'vscode', 'suite', 'index.ts'), '--bundle', '--platform=node', '--format=cjs', '--target=node20', '--external:vscode', `--outfile=${outfile}`, '--log-level=warning'],
    { stdio: 'inherit' },
  );
  return outfile;
}

export interface SuiteResult {
  vscode: string;
  appName: string;
  results: Array<{ name: string; ok: boolean; ms: number; error?: string }>;
}

/** The known vulnerabilities of a folder's pins, as `djupgrade audit` reports them (the editor shows them on the pinned lines). */
export function cliVulnerabilities(cli: string, folder: string): Array<{ path: string; line: number; column: number; message: string }> {
  const result = spawnSync(nodeBinary(), [cli, 'audit', '--format', 'json', '.'], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(result.stdout).findings as Array<{ rule: string; path: string; line: number; column: number; message: string }>).filter((f) => f.rule === 'known-vulnerabilities');
}
