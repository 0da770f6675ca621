// Desktop VS Code through @vscode/test-electron: runs test/e2e/vscode/suite in a real VS Code with
// the packaged extension as the development extension and a copy of examples/legacy-site open.
//
// VS Code comes from VSCODE_EXECUTABLE_PATH, else it is downloaded (E2E_VSCODE_VERSION, default
// "stable"). Where neither works (this machine kind: no network but the package registries) the
// suite is NOT run and says so: it prints "not run: <reason>" and exits with 77, which
// test/e2e/run.mjs reports as not run, never as passed. Exit 0: every scenario passed; 1: failed.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { bundleVSCodeSuite, cliFixedCopy, log, packagedExtension, repoRoot, SuiteResult } from '../extension-package';

export const NOT_RUN = 77;

function notRun(reason: string): never {
  console.log(`VS Code desktop (@vscode/test-electron): not run: ${reason}`);
  process.exit(NOT_RUN);
}

async function resolveVSCode(): Promise<string> {
  const given = process.env.VSCODE_EXECUTABLE_PATH;
  if (given) {
    if (!fs.existsSync(given)) notRun(`VSCODE_EXECUTABLE_PATH=${given} does not exist`);
    return given;
  }
  const version = process.env.E2E_VSCODE_VERSION ?? 'stable';
  try {
    return await downloadAndUnzipVSCode({ version, cachePath: path.join(repoRoot, '.cache', 'vscode-test'), timeout: 30_000 });
  } catch (error) {
    notRun(`VS Code ${version} could not be downloaded (${(error as Error).message}) and VSCODE_EXECUTABLE_PATH is not set`);
  }
}

/** Electron needs a display: DISPLAY, or an Xvfb we start, or the suite cannot run. */
function ensureDisplay(): (() => void) | undefined {
  if (process.env.DISPLAY) return undefined;
  const xvfb = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].find((p) => fs.existsSync(p));
  if (!xvfb) notRun('no DISPLAY and no Xvfb to make one (apt-get install xvfb)');
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  const server = spawn(xvfb, [display, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  process.env.DISPLAY = display;
  return () => server.kill();
}

async function main(): Promise<void> {
  const executable = await resolveVSCode();
  const stopDisplay = ensureDisplay();
  const pkg = packagedExtension();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-vscode-'));
  const workspace = path.join(dir, 'legacy-site');
  fs.cpSync(path.join(repoRoot, 'examples', 'legacy-site'), workspace, { recursive: true });
  const fixed = cliFixedCopy(pkg.cli);
  const suite = bundleVSCodeSuite(path.join(dir, 'suite', 'index.js'));
  const result = path.join(dir, 'result.json');
  log(`VS Code ${executable}; extension ${path.dirname(pkg.vsix)}; workspace ${workspace}`);
  let code = 0;
  try {
    code = await runTests({
      vscodeExecutablePath: executable,
      // The folder the .vsix was made from: package.json, dist/, syntaxes/ of the same build.
      extensionDevelopmentPath: path.dirname(pkg.vsix),
      extensionTestsPath: suite,
      extensionTestsEnv: { E2E_CLI: pkg.cli, E2E_NODE: process.execPath, E2E_FIXED: fixed, E2E_RESULT: result },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        `--user-data-dir=${path.join(dir, 'user-data')}`,
        `--extensions-dir=${path.join(dir, 'extensions')}`,
      ],
    });
  } catch (error) {
    console.error(error);
    code = 1;
  } finally {
    stopDisplay?.();
  }
  if (fs.existsSync(result)) {
    const { vscode, results } = JSON.parse(fs.readFileSync(result, 'utf8')) as SuiteResult;
    const failed = results.filter((r) => !r.ok).length;
    console.log(`VS Code desktop ${vscode} (@vscode/test-electron): ${results.length - failed} passed, ${failed} failed`);
    if (failed) code = 1;
  } else if (code === 0) {
    console.log('VS Code desktop (@vscode/test-electron): the suite wrote no result');
    code = 1;
  }
  if (!process.env.E2E_KEEP) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(fixed, { recursive: true, force: true });
  }
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
