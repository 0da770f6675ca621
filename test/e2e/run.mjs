// Runs the editor end-to-end suites (after `bash test/e2e/install.sh`):
//   1. code-server (VS Code 1.100.3 in headless Chromium through playwright-core): the UI scenarios,
//      Restricted Mode, and the VS Code API suite of test/e2e/vscode in code-server's extension host;
//   2. desktop VS Code through @vscode/test-electron: runs where VS Code can be downloaded or
//      VSCODE_EXECUTABLE_PATH points at one; elsewhere it prints "not run: …" and is not counted.
// The Neovim test (test/e2e/neovim) is an ordinary test file of the main suite.
//
//   node test/e2e/run.mjs [--screenshots] [--only PATTERN]
//   --screenshots also rewrites docs/screenshot-*.png; --only runs only the code-server tests whose
//   name matches PATTERN (a regular expression), from the suite files that hold such a name, and not
//   the desktop suite: `--screenshots --only "library rules"` refreshes one screenshot.
// Exit code: 0 when everything that ran passed, 1 otherwise. Screenshots: test-results/e2e/.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runUnderMachineLock } from '../../scripts/machine-lock.mjs';

const e2e = path.dirname(new URL(import.meta.url).pathname);

// One editor e2e run at a time per machine (scripts/machine-lock.mjs says why).
runUnderMachineLock('e2e', new URL(import.meta.url).pathname);

const root = path.resolve(e2e, '..', '..');
const args = process.argv.slice(2);
const artifacts = path.join(root, 'test-results', 'e2e');
fs.rmSync(artifacts, { recursive: true, force: true });
fs.mkdirSync(artifacts, { recursive: true });

if (!fs.existsSync(path.join(e2e, 'node_modules', '.bin', 'code-server'))) {
  console.error('e2e: code-server is not installed: run `bash test/e2e/install.sh` first.');
  process.exit(1);
}

const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(0)} s`;
const started = Date.now();

// One build, one .vsix, for every suite (the CLI of the same build is their reference).
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-package-'));
let step = Date.now();
const built = spawnSync(process.execPath, ['--import', 'tsx', '-e', `require(${JSON.stringify(path.join(e2e, 'extension-package.ts'))}).buildPackage(${JSON.stringify(stage)})`], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) {
  console.error('e2e: building the .vsix failed');
  process.exit(1);
}
console.log(`e2e: packaged ${path.join(stage, 'django-upgrade.vsix')} in ${seconds(step)}`);

const env = { ...process.env, E2E_PACKAGE: stage, E2E_ARTIFACTS: artifacts };
if (args.includes('--screenshots')) env.E2E_DOCS_SCREENSHOTS = path.join(root, 'docs');

const summary = [];
let failed = false;

step = Date.now();
// Every *.e2e.ts of test/e2e/code-server, one after another (each starts its own code-server).
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const codeServerSuites = fs
  .readdirSync(path.join(e2e, 'code-server'))
  .filter((f) => f.endsWith('.e2e.ts'))
  .sort()
  .map((f) => path.join(e2e, 'code-server', f))
  // Each suite file starts its own code-server before its tests: only those that can match run.
  .filter((f) => !only || new RegExp(only).test(fs.readFileSync(f, 'utf8')));
if (codeServerSuites.length === 0) {
  console.error(`e2e: no code-server test matches ${only}`);
  process.exit(1);
}
const pattern = only ? [`--test-name-pattern=${only}`] : [];
const codeServer = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...pattern, ...codeServerSuites], {
  cwd: root,
  env,
  stdio: 'inherit',
});
summary.push(`code-server + Chromium: ${codeServer.status === 0 ? 'passed' : 'FAILED'} (${seconds(step)})`);
failed ||= codeServer.status !== 0;

step = Date.now();
const desktop = only ? { status: 77, stdout: 'not run: --only\n' } : spawnSync(process.execPath, ['--import', 'tsx', path.join(e2e, 'vscode', 'run.ts')], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(desktop.stdout ?? '');
if (desktop.status === 77) {
  const reason = /not run: (.*)/.exec(desktop.stdout ?? '')?.[1] ?? 'unavailable';
  summary.push(`VS Code desktop (@vscode/test-electron): NOT RUN, not counted as passed: ${reason}`);
} else {
  summary.push(`VS Code desktop (@vscode/test-electron): ${desktop.status === 0 ? 'passed' : 'FAILED'} (${seconds(step)})`);
  failed ||= desktop.status !== 0;
}

fs.rmSync(stage, { recursive: true, force: true });
console.log(`\ne2e summary (${seconds(started)}; screenshots in ${path.relative(root, artifacts)}/):`);
for (const line of summary) console.log(`  ${line}`);
process.exit(failed ? 1 : 0);
