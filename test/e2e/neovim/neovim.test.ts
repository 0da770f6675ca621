// Neovim's built-in LSP client (Debian's `neovim`, headless) attached to `djupgrade server --stdio`
// with test/e2e/neovim/init.lua: the server must follow the protocol, not only VS Code's habits.
// driver.lua opens a Python and a template buffer in a copy of examples/legacy-site, reads the
// diagnostics, applies a quick fix and the fix-all source action, and writes the buffers; this
// file checks what it saw against the CLI. Where `nvim` is missing the test is skipped with
// "not run" (test/e2e/install.sh installs it; CI runs that first).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const cli = path.join(repoRoot, 'bin', 'djupgrade.js');
const nvim = process.env.E2E_NVIM ?? ['/usr/bin/nvim', '/usr/local/bin/nvim'].find((p) => fs.existsSync(p));

interface Finding {
  path: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}
interface Diagnostic {
  line: number;
  column: number;
  code: string;
  message: string;
  severity: number;
  source: string;
}
interface Step {
  file: string;
  filetype: string;
  diagnostics: Diagnostic[];
  actions: Array<{ title: string; kind: string; preferred: boolean }>;
  applied: string;
  after: Diagnostic[];
}
interface Result {
  nvim: string;
  has_lsp_start: boolean;
  server?: string;
  error?: string;
  steps: Step[];
}

function scan(folder: string): Finding[] {
  const run = spawnSync(process.execPath, [cli, 'scan', '--format', 'json', '.'], { cwd: folder, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

function fixedCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-nvim-fixed-'));
  fs.cpSync(path.join(repoRoot, 'examples', 'legacy-site'), dir, { recursive: true });
  const run = spawnSync(process.execPath, [cli, 'fix', '.'], { cwd: dir, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return dir;
}

const asFindings = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.line, d.column, d.code, d.message]);
const fromCli = (findings: Finding[], file: string) => findings.filter((f) => f.path === file).map((f) => [f.line, f.column, f.rule, f.message]);

describe('Neovim (headless, built-in LSP client)', { skip: nvim ? false : 'not run: nvim not found (bash test/e2e/install.sh installs Debian\'s neovim)' }, () => {
  let workspace: string;
  let fixed: string;
  let reference: Finding[];
  let result: Result;
  let nvimStderr = '';

  before(() => {
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is missing: npm run build');
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'djup-nvim-'));
    fs.cpSync(path.join(repoRoot, 'examples', 'legacy-site'), workspace, { recursive: true });
    fixed = fixedCopy();
    reference = scan(workspace);
    const resultFile = path.join(workspace, '..', `${path.basename(workspace)}-result.json`);
    const expect = {
      python: reference.filter((f) => f.path === 'legacysite/urls.py').length,
      template: reference.filter((f) => f.path === 'blog/templates/blog/post_list.html').length,
    };
    const run = spawnSync(nvim!, ['--headless', '-n', '-i', 'NONE', '--noplugin', '-u', path.join(__dirname, 'init.lua'), '-c', `luafile ${path.join(__dirname, 'driver.lua')}`], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 180_000,
      env: {
        ...process.env,
        DJUPGRADE: cli,
        DJUPGRADE_NODE: process.execPath,
        DJUPGRADE_ROOT: workspace,
        DJUPGRADE_EXPECT: JSON.stringify(expect),
        DJUPGRADE_RESULT: resultFile,
        XDG_STATE_HOME: path.join(workspace, '..', `${path.basename(workspace)}-state`), // keeps nvim's lsp.log out of ~
        XDG_CACHE_HOME: path.join(workspace, '..', `${path.basename(workspace)}-state`),
      },
    });
    nvimStderr = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
    assert.ok(fs.existsSync(resultFile), `nvim wrote no result (exit ${run.status}): ${nvimStderr}`);
    result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Result;
    fs.rmSync(resultFile, { force: true });
  });
  after(() => {
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
    if (fixed) fs.rmSync(fixed, { recursive: true, force: true });
    if (workspace) fs.rmSync(path.join(workspace, '..', `${path.basename(workspace)}-state`), { recursive: true, force: true });
  });

  test('the driver ran to the end', () => {
    assert.equal(result.error, undefined, `${result.error}\n${nvimStderr}`);
    assert.equal(result.server, 'djupgrade');
    assert.equal(result.steps.length, 2);
    console.log(`  nvim ${result.nvim} (vim.lsp.start ${result.has_lsp_start ? 'available' : 'absent: start_client + buf_attach_client'})`);
  });

  test('a Python buffer: the diagnostics are the CLI findings (line, column, rule, message)', () => {
    const step = result.steps[0];
    assert.equal(step.filetype, 'python');
    assert.deepEqual(asFindings(step.diagnostics), fromCli(reference, 'legacysite/urls.py'));
    assert.deepEqual(
      step.diagnostics.map((d) => d.line),
      [2, 8, 9, 10, 11, 18],
    );
    assert.ok(step.diagnostics.every((d) => d.severity === 1 && d.source === 'Django Upgrade'));
  });

  test('a quick fix from textDocument/codeAction, applied by Neovim: the buffer text, and the diagnostics follow', () => {
    const step = result.steps[0];
    assert.ok(step.actions.some((a) => a.title === 'Django Upgrade (conf-urls-url): Ignore on this line' && a.kind === 'quickfix'), JSON.stringify(step.actions));
    assert.match(step.applied, /re_path.*\(needs Django 2\.0\+\)$/);
    const text = fs.readFileSync(path.join(workspace, 'legacysite', 'urls.py'), 'utf8');
    assert.ok(!/\burl\(/.test(text), text);
    assert.ok(/^from django\.urls import .*\b(re_)?path\b/m.test(text), text);
    execFileSync('python3', ['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read())', path.join(workspace, 'legacysite', 'urls.py')]);
    assert.deepEqual(asFindings(step.after), fromCli(scan(workspace), 'legacysite/urls.py'));
  });

  test('a template buffer (filetype htmldjango): diagnostics, then source.fixAll.djangoUpgrade gives what `djupgrade fix` gives', () => {
    const step = result.steps[1];
    const file = 'blog/templates/blog/post_list.html';
    assert.equal(step.filetype, 'htmldjango');
    assert.deepEqual(asFindings(step.diagnostics), fromCli(reference, file));
    assert.deepEqual(
      step.diagnostics.map((d) => d.code),
      ['template-length-is', 'template-ifequal'],
    );
    assert.equal(step.actions.length, 1);
    assert.equal(step.actions[0].kind, 'source.fixAll.djangoUpgrade');
    assert.equal(fs.readFileSync(path.join(workspace, file), 'utf8'), fs.readFileSync(path.join(fixed, file), 'utf8'));
    assert.deepEqual(asFindings(step.after), fromCli(scan(workspace), file));
  });
});
