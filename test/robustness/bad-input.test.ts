// Bad input, for the CLI and the server: binary files, invalid UTF-8, a 50 MB file, 20,000-deep
// nesting (brackets, parentheses, attribute and call chains, `if` blocks, template tags), files
// deleted or renamed while being scanned, a symlink loop, an unreadable directory, a FIFO, and
// malformed pyproject.toml / requirements.txt / settings values. Each gets a clear message or is
// skipped, and the scan and the server keep going (and still find what the good files hold).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main } from '../../server/src/cli/main';
import { findSourceFiles } from '../../server/src/project/source-files';
import { getAnalyzer, inputFor } from '../helpers/analyzer';
import { repoRoot, TestClient } from '../helpers/lsp-client';

const deep = 20_000;
// The fs module object itself (an `import * as` namespace is read-only), to hook its functions.
const realFs: typeof fs = require('node:fs');
const isRoot = process.getuid?.() === 0;
let badInputsTried = 0;
const tried = (count = 1) => (badInputsTried += count);

/** Python and template texts nested 20,000 deep (and `if` blocks as deep as indentation allows). */
export const deepTexts: Record<string, string> = {
  'deep_list.py': `x = ${'['.repeat(deep)}${']'.repeat(deep)}\n`,
  'deep_parens.py': `x = ${'('.repeat(deep)}1${')'.repeat(deep)}\n`,
  'deep_unclosed.py': `from django.conf.urls import url\nx = ${'('.repeat(deep)}\n`,
  'deep_attr.py': `import django\nx = django${'.a'.repeat(deep)}\n`,
  'deep_calls.py': `from django.conf.urls import url\nx = url${'()'.repeat(deep)}\n`,
  'deep_dict.py': `x = ${'{"a": '.repeat(deep)}1${'}'.repeat(deep)}\n`,
  'deep_strings.py': `x = ${Array(deep).fill('"a"').join(' + ')}\n`,
  // 1,000 nested `if` blocks: 20,000 would need 200 million spaces of indentation.
  'deep_if.py': `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}if x:\n`).join('')}${' '.repeat(1000)}pass\n`,
  'templates/deep_if.html': `${'{% if a %}'.repeat(deep)}{% load staticfiles %}${'{% endif %}'.repeat(deep)}`,
  'templates/deep_unclosed.html': `${'{% block a %}{% if b %}'.repeat(deep / 2)}{{ x|length_is:"1" }}`,
};

const good = {
  'requirements.txt': 'Django==2.2.28\n',
  'app/urls.py': 'from django.conf.urls import url\n\nurlpatterns = [url(r"^$", None)]\n',
};

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
}

/** A 50 MB Python file, written in chunks. */
function writeHuge(file: string): number {
  const chunk = 'from django.conf.urls import url\nurlpatterns = [url(r"^$", view)]  # padding padding padding\n'.repeat(10_000);
  const fd = fs.openSync(file, 'w');
  let size = 0;
  while (size < 50 * 1024 * 1024) size += fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return size;
}

async function inProcessCli(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(String(t)), stderr: (t) => err.push(t), cwd, color: false, readStdin: () => Buffer.alloc(0) });
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}

function runCli(args: string[], cwd: string, timeout = 240_000) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), ...args], { cwd, encoding: 'utf8', timeout, maxBuffer: 64 << 20 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, signal: run.signal };
}

describe('the CLI and the engine on bad input', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'djbad-'));
    write(root, good);
    write(root, deepTexts);
    write(root, {
      'app/binary.py': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n'), Buffer.alloc(4096), Buffer.from('from django.conf.urls import url\n')]),
      'app/latin1.py': Buffer.from('# caf\xe9\nfrom django.conf.urls import url\n', 'latin1'),
      'app/truncated_utf8.py': Buffer.concat([Buffer.from('x = "'), Buffer.from([0xe2, 0x82])]),
      'app/lone_surrogate.py': Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x0a]), // CESU "\ud800"
      'app/templates/app/binary.html': Buffer.from([0, 1, 2, 3, 0xff, 0xfe]),
      'app/empty.py': '',
      'app/only_bom.py': '\uFEFF',
      'app/nul_late.py': `from django.conf.urls import url\n${'x = 1\n'.repeat(3000)}\u0000\n`,
    });
    tried(Object.keys(deepTexts).length + 8);
    writeHuge(path.join(root, 'app', 'huge.py'));
    tried();
    // A symlink loop, a self-referencing link, links to nothing.
    fs.symlinkSync('..', path.join(root, 'app', 'loop'));
    fs.symlinkSync('b_link.py', path.join(root, 'app', 'a_link.py'));
    fs.symlinkSync('a_link.py', path.join(root, 'app', 'b_link.py'));
    fs.symlinkSync('missing.py', path.join(root, 'app', 'dangling.py'));
    tried(4);
    // A FIFO named like a Python file (reading it would block forever).
    spawnSync('mkfifo', [path.join(root, 'app', 'fifo.py')]);
    tried();
    // An unreadable directory (root ignores permissions: see the in-process test below).
    fs.mkdirSync(path.join(root, 'secret'));
    fs.writeFileSync(path.join(root, 'secret', 'hidden.py'), 'from django.conf.urls import url\n');
    fs.chmodSync(path.join(root, 'secret'), 0o000);
    tried();
  });
  after(() => {
    try {
      fs.chmodSync(path.join(root, 'secret'), 0o755);
    } catch {
      // already gone
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('`djupgrade scan` skips each bad file with a message and still reports the good ones', () => {
    const started = Date.now();
    const run = runCli(['scan', '.', '--format', 'json', '--select', 'all'], root);
    assert.equal(run.signal, null, `the scan was killed (${run.signal}) after ${Date.now() - started} ms`);
    assert.equal(run.code, 1, `exit ${run.code}: ${run.stderr.slice(-3000)}`);
    assert.doesNotMatch(run.stderr, /internal error|RangeError|Maximum call stack/);
    const report = JSON.parse(run.stdout) as { findings: Array<{ path: string; rule: string }> };
    assert.ok(report.findings.some((f) => f.path === 'app/urls.py' && f.rule === 'conf-urls-url'), 'the good file is still checked');
    const expectations: Array<[string, RegExp]> = [
      ['app/binary.py', /binary file/],
      ['app/templates/app/binary.html', /binary file/],
      // Regression: only the first 8 KB were searched for NUL bytes (the server looks at all of it).
      ['app/nul_late.py', /binary file/],
      ['app/latin1.py', /not valid UTF-8/],
      ['app/truncated_utf8.py', /not valid UTF-8/],
      ['app/lone_surrogate.py', /not valid UTF-8/],
      ['app/huge.py', /larger than 2000000 bytes/],
      ['app/dangling.py', /broken symbolic link/],
      ['app/a_link.py', /broken symbolic link/],
      // A rule found something in it (`url()`): too deep to trust, skipped.
      ['deep_calls.py', /nested more than 1000 levels deep/],
    ];
    if (!isRoot) expectations.push(['secret', /cannot read directory: EACCES/]);
    for (const [file, reason] of expectations) {
      const line = run.stderr.split('\n').find((l) => l.startsWith(`skipped ${file}:`));
      assert.ok(line, `no "skipped ${file}: …" line in:\n${run.stderr}`);
      assert.match(line, reason);
    }
    // Deep files whose words trigger no rule, or whose rules find nothing, are checked: no finding, no skip.
    for (const file of ['deep_list.py', 'deep_parens.py', 'deep_attr.py', 'deep_dict.py', 'deep_strings.py']) {
      assert.ok(!run.stderr.split('\n').some((l) => l.startsWith(`skipped ${file}:`)), `${file} is checked`);
      assert.ok(!report.findings.some((f) => f.path === file), `${file} has no finding`);
    }
    // The FIFO is not a regular file: the walk never lists it, so it is neither read nor reported.
    assert.ok(!report.findings.some((f) => f.path.includes('fifo')));
    // A deep template is checked (our grammar bounds its nesting), the 1,000 nested ifs too.
    assert.ok(report.findings.some((f) => f.path === 'templates/deep_if.html' && f.rule === 'template-load-staticfiles'), 'the deep template is checked');
  });

  test('explicit paths to bad files: a FIFO, a directory symlink loop, a missing file', () => {
    const run = runCli(['scan', 'app/fifo.py', 'app/loop/app/loop/app/urls.py', 'app/binary.py', '--format', 'json'], root, 60_000);
    assert.equal(run.signal, null, 'reading the FIFO blocked');
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /skipped app\/fifo\.py: not a regular file/);
    assert.match(run.stderr, /skipped app\/binary\.py: binary file/);
    // A path that does not exist is a mistake in the command, not an empty scan.
    const missing = runCli(['scan', 'app/urls.py', 'app/nope.py'], root, 60_000);
    assert.equal(missing.code, 2, missing.stderr);
    assert.match(missing.stderr, /^djupgrade: no such file or directory: app\/nope\.py$/m);
    assert.equal(missing.stdout, '');
    tried(3);
  });

  test('`djupgrade fix` leaves every bad file as it was', () => {
    const snapshot = new Map<string, Buffer>();
    const names = ['app/binary.py', 'app/latin1.py', 'app/truncated_utf8.py', 'deep_attr.py', 'deep_calls.py', 'app/nul_late.py', 'app/only_bom.py'];
    for (const name of names) snapshot.set(name, fs.readFileSync(path.join(root, name)));
    const run = runCli(['fix', ...names, 'app/urls.py'], root);
    assert.equal(run.signal, null);
    assert.equal(run.code, 1, `skipped files fail the run: ${run.stderr}`);
    assert.match(run.stderr, /fixed app\/urls\.py/);
    for (const [name, bytes] of snapshot) assert.ok(fs.readFileSync(path.join(root, name)).equals(bytes), `${name} changed`);
    fs.writeFileSync(path.join(root, 'app/urls.py'), good['app/urls.py']);
  });

  test('deep nesting neither overflows the stack nor hangs the engine (lint, fix, error count)', async (t) => {
    const analyzer = await getAnalyzer();
    // The deep templates are checked by the CLI scan above and by the server below.
    for (const [name, text] of Object.entries(deepTexts).filter(([n]) => n.endsWith('.py'))) {
      const started = Date.now();
      let skipped: string | null = null;
      const input = inputFor(text, name);
      const options = { current: '5.2', target: '6.0', showFuture: true, isEnabled: () => true, onSkip: (reason: string) => (skipped = reason) };
      const findings = analyzer.lint(input, options);
      const fixed = analyzer.fix(input, options, true);
      analyzer.errorCount(input.language, text);
      t.diagnostic(`${name}: ${text.length} characters, ${findings.length} findings, ${skipped ? 'skipped' : 'checked'}, fix ${fixed.applied ? 'changed it' : 'left it'}, ${Date.now() - started} ms`);
      // Every rule has trigger words: a deep file is parsed only if one of them occurs, and skipped
      // only when a rule found something in it (the scopes' walk measured its depth).
      if (/deep_calls\.py$/.test(name)) assert.ok(skipped, `${name} should be skipped as too deep`);
      if (/deep_(list|parens|attr|dict|strings)\.py$/.test(name)) assert.deepEqual([skipped, findings.length], [null, 0], `${name}: checked, nothing found`);
    }
  });

  test('an attribute chain 5,000 deep resolves without recursion or quadratic parent walks', async () => {
    // Regression: qualifiedNameOf recursed once per attribute and references walked `.parent` (a
    // walk from the root each time) up the whole chain: minutes on a 20,000-long chain.
    const analyzer = await getAnalyzer();
    const { PythonScopes } = await import('../../server/src/engine/python-scopes');
    const text = `import django\nx = django${'.a'.repeat(900)}\n`;
    const tree = analyzer.parse('python', text);
    try {
      const scopes = new PythonScopes(tree, text);
      const outer = tree.rootNode.descendantsOfType('attribute').reduce((a, b) => (b!.endIndex - b!.startIndex > a!.endIndex - a!.startIndex ? b : a))!;
      assert.equal(scopes.qualifiedNameOf(outer), null, 'beyond the resolved depth');
      assert.ok(scopes.references.length <= 40, 'references stop after a few levels');
      assert.equal(scopes.referencesTo('django.a.a.a')[0]?.node.text, 'django.a.a.a');
      assert.ok(scopes.maxDepth > 900);
    } finally {
      tree.delete();
    }
  });

  test('a file deleted, renamed or replaced by a folder between listing and reading is skipped with a message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djrace-'));
    write(dir, { ...good, 'a/deleted.py': 'from django.conf.urls import url\n', 'a/renamed.py': 'from django.conf.urls import url\n', 'a/vanishing.py': 'from django.conf.urls import url\n', 'a/becomes_dir.py': 'x = 1\n', 'b/gone/x.py': 'x = 1\n', 'b/turns_file/x.py': 'x = 1\n' });
    // Hook the exact moments: reading a file, stat-ing it, listing a folder.
    const original = { readFileSync: realFs.readFileSync, statSync: realFs.statSync, readdirSync: realFs.readdirSync };
    const mutable = realFs as unknown as Record<string, unknown>;
    // fs.rmSync and friends call these functions themselves: no hooking while a hook runs.
    let busy = false;
    const hook = <T>(action: () => void, call: () => T): T => {
      if (!busy) {
        busy = true;
        try {
          action();
        } finally {
          busy = false;
        }
      }
      return call();
    };
    mutable.readFileSync = function (this: unknown, file: fs.PathOrFileDescriptor, ...rest: unknown[]) {
      const name = String(file);
      return hook(() => {
        if (name.endsWith('deleted.py') && fs.existsSync(name)) fs.rmSync(name);
        if (name.endsWith('renamed.py') && fs.existsSync(name)) fs.renameSync(name, `${name}.bak`);
      }, () => (original.readFileSync as (...args: unknown[]) => unknown).call(realFs, file, ...rest));
    };
    mutable.statSync = function (this: unknown, file: fs.PathLike, ...rest: unknown[]) {
      const name = String(file);
      return hook(() => {
        if (name.endsWith('vanishing.py') && fs.existsSync(name)) fs.rmSync(name);
        if (name.endsWith('becomes_dir.py') && fs.existsSync(name) && !fs.lstatSync(name).isDirectory()) {
          fs.rmSync(name);
          fs.mkdirSync(name);
        }
      }, () => (original.statSync as (...args: unknown[]) => unknown).call(realFs, file, ...rest));
    };
    mutable.readdirSync = function (this: unknown, dirPath: fs.PathLike, ...rest: unknown[]) {
      const name = String(dirPath);
      return hook(() => {
        if (name.endsWith(`${path.sep}gone`) && fs.existsSync(name)) fs.rmSync(name, { recursive: true });
        if (name.endsWith(`${path.sep}turns_file`) && fs.existsSync(name) && fs.lstatSync(name).isDirectory()) {
          fs.rmSync(name, { recursive: true });
          fs.writeFileSync(name, 'now a file');
        }
      }, () => (original.readdirSync as (...args: unknown[]) => unknown).call(realFs, dirPath, ...rest));
    };
    let run;
    try {
      run = await inProcessCli(['scan', '.', '--format', 'json'], dir);
    } finally {
      Object.assign(mutable, original);
    }
    tried(6);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /skipped a\/deleted\.py: cannot read: ENOENT/);
    assert.match(run.stderr, /skipped a\/renamed\.py: cannot read: ENOENT/);
    assert.match(run.stderr, /skipped a\/vanishing\.py: cannot read: ENOENT/);
    assert.match(run.stderr, /skipped a\/becomes_dir\.py: not a regular file/);
    assert.match(run.stderr, /skipped b\/gone: cannot (read directory|resolve): ENOENT/);
    assert.match(run.stderr, /skipped b\/turns_file: cannot read directory: ENOTDIR/);
    const report = JSON.parse(run.stdout) as { findings: Array<{ path: string }> };
    assert.ok(report.findings.some((f) => f.path === 'app/urls.py'), 'the scan goes on');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an unreadable directory is skipped with a message (chmod 000, or a simulated EACCES when running as root)', async (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djperm-'));
    write(dir, { ...good, 'locked/x.py': 'from django.conf.urls import url\n' });
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    let permissionsEnforced = true;
    try {
      fs.readdirSync(path.join(dir, 'locked'));
      permissionsEnforced = false; // root (or CAP_DAC_OVERRIDE) reads it anyway
    } catch {
      // EACCES, as for any other user
    }
    const original = realFs.readdirSync;
    if (!permissionsEnforced) {
      t.diagnostic('running as root: chmod 000 does not stop reading, so EACCES is simulated on that folder');
      (realFs as unknown as Record<string, unknown>).readdirSync = function (this: unknown, dirPath: fs.PathLike, ...rest: unknown[]) {
        if (String(dirPath).endsWith(`${path.sep}locked`)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${dirPath}'`), { code: 'EACCES' });
        return (original as (...args: unknown[]) => unknown).call(realFs, dirPath, ...rest);
      };
    }
    try {
      const walk = findSourceFiles([dir]);
      assert.deepEqual(walk.skipped.map((s) => [path.basename(s.path), s.reason]), [['locked', 'cannot read directory: EACCES']]);
      const run = await inProcessCli(['scan', '.', '--format', 'json'], dir);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /skipped locked: cannot read directory: EACCES/);
    } finally {
      (realFs as unknown as Record<string, unknown>).readdirSync = original;
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    tried();
  });

  test('files deleted and renamed while a real scan runs (a race, not a hook): the scan finishes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djrace2-'));
    const files: Record<string, string> = { ...good };
    for (let i = 0; i < 1500; i++) files[`m${i % 15}/f${i}.py`] = `from django.utils.encoding import force_text\n\ndef f(x):\n    return force_text(x)\n`;
    write(dir, files);
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), 'scan', '.', '--format', 'json'], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Delete and rename files, folder by folder, while the scan walks and reads them.
    await new Promise((r) => setTimeout(r, 700));
    for (let m = 0; m < 15; m++) {
      await new Promise((r) => setTimeout(r, 150));
      for (let i = m; i < 1500; i += 15) {
        const file = path.join(dir, `m${m}`, `f${i}.py`);
        if (i % 2) fs.rmSync(file, { force: true });
        else if (fs.existsSync(file)) fs.renameSync(file, `${file}.moved`);
      }
      if (m === 7) fs.rmSync(path.join(dir, 'm14'), { recursive: true, force: true });
    }
    const code = await exited;
    tried();
    assert.ok(code === 0 || code === 1, `exit ${code}: ${stderr.slice(-2000)}`);
    assert.doesNotMatch(stderr, /internal error/);
    for (const line of stderr.split('\n').filter((l) => l.startsWith('skipped'))) assert.match(line, /ENOENT|no such file/);
    assert.ok(JSON.parse(stdout).findings.some((f: { path: string }) => f.path === 'app/urls.py'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('malformed pyproject.toml, requirements.txt, setup.cfg and flags: a clear message or the defaults', async () => {
    const cases: Array<[string, Record<string, string>, RegExp | null]> = [
      ['broken TOML', { 'pyproject.toml': '[project\ndependencies = ["Django>=\n[[[\n\u0000' }, null],
      ['binary requirements', { 'requirements.txt': '\u0000\u0001\u0002Django==\uFFFD' }, null],
      ['self-including requirements', { 'requirements.txt': '-r requirements.txt\n-c requirements.txt\nDjango==abc\n' }, null],
      ['absurd version', { 'requirements.txt': 'Django==99999999999999999999.1\n' }, null],
      ['requirements folder instead of a file', { 'requirements.txt/x': 'Django==2.2\n' }, null],
      ['setup.cfg garbage', { 'setup.cfg': '[options\ninstall_requires =\n  Django >= \n  \u0000' }, null],
      ['Pipfile garbage', { Pipfile: 'django = {version = \n' }, null],
      ['lock file garbage', { 'poetry.lock': '[[package]]\nname = "django"\nversion = \n', 'uv.lock': '\u0000' }, null],
    ];
    for (const [label, files, expected] of cases) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'djcfg-'));
      write(dir, { ...files, 'app/urls.py': good['app/urls.py'] });
      const run = await inProcessCli(['scan', '.', '--format', 'json'], dir); // throws on an internal error
      assert.ok(run.code === 0 || run.code === 1, `${label}: exit ${run.code}: ${run.stderr}`);
      const report = JSON.parse(run.stdout) as { current: string | null; target: string; findings: Array<{ rule: string }> };
      assert.equal(report.target, '5.2', label);
      assert.ok(report.findings.some((f) => f.rule === 'conf-urls-url'), `${label}: the scan goes on`);
      if (expected) assert.match(run.stderr, expected);
      fs.rmSync(dir, { recursive: true, force: true });
      tried();
    }
    for (const args of [['--target', 'five'], ['--current', '3'], ['--max-file-size', '-1'], ['--select', 'nope'], ['--format', '']]) {
      const run = await inProcessCli(['scan', root, ...args], root);
      assert.equal(run.code, 2, `${args.join(' ')}: usage error expected, got ${run.code}`);
      assert.match(run.stderr, /^djupgrade: /);
      tried();
    }
  });

});

// ---------------------------------------------------------------------------------------------
// The server

describe('the server on bad input', () => {
  let client: TestClient;
  let root: string;
  const goodUri = () => `file://${root}/app/urls.py`;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'djbadls-'));
    write(root, good);
    client = new TestClient();
    client.settings = { targetVersion: '5.2' };
    await client.initialize(root);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: goodUri(), languageId: 'python', version: 1, text: good['app/urls.py'] } });
    await client.diagnosticsFor(goodUri(), 1);
  });
  after(() => client.stop());

  /** The server still answers: a code action on the good file, and a fresh edit gets diagnostics. */
  async function stillAnswers(label: string, version: number, expectFindings = true): Promise<void> {
    const actions = await Promise.race([
      client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: goodUri() }, range: { start: { line: 2, character: 16 }, end: { line: 2, character: 19 } }, context: { diagnostics: [] } }),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${label}: no answer to a code action within 60 s`)), 60_000)),
    ]);
    assert.ok(Array.isArray(actions) && (!expectFindings || actions.length > 0), `${label}: code actions`);
    const text = `${good['app/urls.py']}# edit ${version}\n`;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: goodUri(), version }, contentChanges: [{ text }] });
    const diagnostics = await client.diagnosticsFor(goodUri(), version);
    if (expectFindings) assert.equal(diagnostics.length, 2, `${label}: diagnostics of the good file`);
  }

  test('documents with NUL bytes, lone surrogates, U+FFFD, a BOM only, nothing at all', async () => {
    const texts: Record<string, string> = {
      'nul.py': 'from django.conf.urls import url\n\u0000\u0001\n',
      'surrogates.py': 'from django.conf.urls import url\nx = "\ud800 \udfff \udc00\ud800"\nurl("a")\n',
      'replacement.py': '\uFFFD\uFFFD from django.conf.urls import url\n',
      'bom.py': '\uFEFF',
      'empty.py': '',
      'templates/nul.html': '{% load staticfiles %}\u0000',
    };
    let version = 2;
    for (const [name, text] of Object.entries(texts)) {
      const uri = `file://${root}/${name}`;
      const languageId = name.endsWith('.py') ? 'python' : 'django-html';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      const diagnostics = await client.diagnosticsFor(uri, 1);
      if (text.includes('\u0000')) assert.deepEqual(diagnostics, [], `${name}: binary content is skipped`);
      // Edits in the middle of them, too.
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\ud83d' }] });
      await client.diagnosticsFor(uri, 2);
      await stillAnswers(name, ++version);
      tried();
    }
  });

  test('invalid UTF-8 bytes inside a protocol message', async () => {
    // Raw bytes an editor should never send: the message decoder replaces them; the server goes on.
    const uri = `file://${root}/raw.py`;
    const prefix = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'python', version: 1, text: 'from django.conf.urls import url\\nx = "PLACEHOLDER"\\n' } } }).replace('PLACEHOLDER', '\u0001'));
    const at = prefix.indexOf(1);
    const body = Buffer.concat([prefix.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), prefix.subarray(at + 1)]);
    client.process.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    await client.diagnosticsFor(uri, 1);
    await stillAnswers('invalid UTF-8', 20);
    tried();
  });

  test('a 50 MB document: skipped by size, and fix-all on it answers at once', async () => {
    const uri = `file://${root}/huge.py`;
    const text = 'from django.conf.urls import url\nurlpatterns = [url(r"^$", view)]\n'.repeat(Math.ceil((50 * 1024 * 1024) / 64));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    assert.deepEqual(await client.diagnosticsFor(uri, 1), [], 'a document over maxFileSizeBytes gets no diagnostics');
    await client.waitFor(() => client.logs.some((l) => l.includes('huge.py: larger than djangoUpgrade.maxFileSizeBytes')), 'the size message');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as unknown[];
    assert.deepEqual(actions, [], 'no fix-all for a file that is not checked');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'x' }] });
    await client.diagnosticsFor(uri, 2);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await stillAnswers('50 MB document', 30);
    tried();
  });

  test('20,000-deep documents: the server neither crashes nor stops answering', async () => {
    let version = 40;
    // The deep templates take a while to lint (20,000 tags): one of them is enough here.
    for (const [name, text] of Object.entries(deepTexts).filter(([n]) => n !== 'templates/deep_unclosed.html')) {
      const uri = `file://${root}/${name}`;
      const languageId = name.endsWith('.py') ? 'python' : 'django-html';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      await client.diagnosticsFor(uri, 1);
      const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, context: { diagnostics: [] } });
      assert.ok(Array.isArray(actions));
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await stillAnswers(name, ++version);
      tried();
    }
    assert.ok(client.logs.some((l) => /deep_calls\.py: nested more than 1000 levels deep/.test(l)), 'the skip is logged');
  });

  test('protocol abuse: changes to unopened documents, ranges out of bounds, unknown languages, odd URIs, bad requests', async () => {
    const n = (method: string, params: unknown) => client.connection.sendNotification(method, params);
    await n('textDocument/didChange', { textDocument: { uri: `file://${root}/never-opened.py`, version: 2 }, contentChanges: [{ text: 'x' }] });
    await n('textDocument/didClose', { textDocument: { uri: `file://${root}/never-opened.py` } });
    const odd = [`untitled:Untitled-1`, `file://${root}/spaces%20and%20%C3%A9.py`, `vscode-notebook-cell:/x.ipynb#W0sZmlsZQ%3D%3D`, `file://${root}/no-extension`];
    for (const uri of odd) {
      await n('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: 'from django.conf.urls import url\n' } });
      await client.diagnosticsFor(uri, 1);
      await n('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 99, character: 99 }, end: { line: 1_000_000_000, character: -5 } }, text: 'y' }] });
      await client.diagnosticsFor(uri, 2);
      await n('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 3, text: 'reopened without closing' } });
      await client.diagnosticsFor(uri, 3);
      tried();
    }
    await n('textDocument/didOpen', { textDocument: { uri: `file://${root}/x.rs`, languageId: 'rust', version: 1, text: 'fn main() {}' } });
    await n('textDocument/didOpen', { textDocument: { uri: `file://${root}/templates/t.html`, languageId: 'django-html', version: 1, text: '{% load staticfiles %}{% if %}{% endif' } });
    await client.diagnosticsFor(`file://${root}/templates/t.html`, 1);
    // Malformed requests get errors, not a crash.
    await assert.rejects(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: goodUri() } }));
    await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: `file://${root}/never-opened.py` }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    await assert.rejects(client.connection.sendRequest('djangoUpgrade/noSuchRequest', {}));
    tried(4);
    await stillAnswers('protocol abuse', 60);
  });

  test('malformed settings: a warning each and the defaults', async () => {
    const bad: unknown[] = [
      { targetVersion: 5, currentVersion: ['2.2'], select: 'all', ignore: [1, 2], exclude: {}, maxFileSizeBytes: -1, showFutureDeprecations: 'yes' },
      null,
      'a string',
      { targetVersion: '99999999999999999999.0', currentVersion: '1.11' },
      { targetVersion: '0.1', select: ['no-such-rule', 'templates'] },
    ];
    for (const settings of bad) {
      client.settings = settings as Record<string, unknown>;
      const before = client.logs.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      if (settings && typeof settings === 'object' && 'select' in settings && settings.select === 'all') {
        await client.waitFor(() => client.logs.slice(before).some((l) => /djangoUpgrade\.select must be a list/.test(l)), 'a warning about select');
        assert.ok(client.logs.slice(before).some((l) => /djangoUpgrade\.targetVersion must be a Django version/.test(l)));
      }
      await stillAnswers(`settings ${JSON.stringify(settings)}`, 70 + bad.indexOf(settings), false);
      tried();
    }
    client.settings = { targetVersion: '5.2' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  test('a settings change re-checks the open documents, without an edit', async () => {
    // Regression: the findings cached for a document version were published again after a
    // settings change (or a requirements change), so the old target's severities stayed.
    const uri = goodUri();
    client.settings = { targetVersion: '3.0' }; // url() is deprecated in 3.1: nothing to report for 3.0
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.length === 0, 'the open document re-checked for the 3.0 target');
    client.settings = { targetVersion: '5.2' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.length === 2, 'the open document re-checked for the 5.2 target');
  });

  test('a workspace scan over the bad files', async () => {
    write(root, { 'deep_calls.py': deepTexts['deep_calls.py'], 'templates/deep_if.html': deepTexts['templates/deep_if.html'] });
    write(root, {
      'app/binary.py': Buffer.from([0, 1, 2]),
      'app/latin1.py': Buffer.from('# caf\xe9\n', 'latin1'),
    });
    fs.symlinkSync('..', path.join(root, 'app', 'loop'));
    spawnSync('mkfifo', [path.join(root, 'app', 'fifo.py')]);
    writeHuge(path.join(root, 'app', 'huge.py'));
    const result = (await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {})) as { files: number; findings: number; skipped: number; cancelled?: boolean };
    assert.equal(result.cancelled, undefined);
    assert.ok(result.skipped >= 4, `skipped ${result.skipped}: binary, latin-1, huge and the deep Python file`);
    assert.ok(result.findings >= 1);
    await stillAnswers('workspace scan', 90);
    tried(4);
  });
});

test('figures', (t) => {
  t.diagnostic(`bad inputs tried (CLI, engine and server): ${badInputsTried}`);
});
