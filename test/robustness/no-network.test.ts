// Nothing leaves the machine. The extension reads files; it never runs project code, never opens a
// network connection, and starts no process other than the language server.
//
// 1. What esbuild bundled: every Node built-in each bundle in dist/ requires, attributed to the
//    module that requires it (esbuild writes a `// path` line before each module), and every use
//    of `fetch(`, `WebSocket` or `XMLHttpRequest` in code. Network modules and child_process are
//    allowed only where listed below, each with the reason it is there and why it is never reached.
// 2. Our own sources (server/src, client/src, common): no import or require of a network module or
//    child_process at all (the client starts the server through vscode-languageclient), and no
//    call of fetch/WebSocket/XMLHttpRequest (checked on the TypeScript syntax tree, so the rules'
//    messages that mention `XMLHttpRequest` do not count).
// 3. At run time: the server (dist/server.js over node-ipc, as the VS Code client starts it, and
//    `djupgrade server --stdio`) and the CLI run under a `--require` guard that throws on any
//    child_process, net, http(s), http2, tls, dgram, dns, fetch or WebSocket call, through whole
//    sessions: documents, edits, quick fixes, fix-all, a workspace scan in worker threads (guarded
//    too), fix-all in the workspace, files changed on disk, shutdown and exit.
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { repoRoot, TestClient } from '../helpers/lsp-client';

const networkModules = ['net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'undici', 'inspector', 'cluster'];
const processModules = ['child_process'];
const bundles = ['server.js', 'cli.js', 'scan-worker.js', 'check-worker.js', 'fix-all-worker.js', 'client.js'];

/** Where a forbidden module or API may appear in a bundle, and why that is harmless. */
const allowed: Array<{ bundles: string[]; module: string; uses: string; reason: string }> = [
  {
    bundles: ['server.js', 'cli.js', 'client.js'],
    module: 'node_modules/vscode-jsonrpc/lib/node/main.js',
    uses: 'net',
    reason: 'vscode-jsonrpc\'s named-pipe and socket transports (createClientPipeTransport, createClientSocketTransport). The server is started with stdio (CLI) or node-ipc (VS Code client); the CLI refuses --pipe/--socket, and the run-time guard below proves no socket is opened.',
  },
  {
    bundles: ['server.js', 'cli.js'],
    module: 'node_modules/vscode-languageserver/lib/node/files.js',
    uses: 'child_process',
    reason: 'Files.resolveGlobalNodePath/resolveGlobalYarnPath (they run `npm config get prefix`/`yarn global dir`); part of vscode-languageserver\'s exports, never called by our code (the run-time guard proves it).',
  },
  {
    bundles: ['client.js'],
    module: 'node_modules/vscode-languageclient/lib/node/main.js',
    uses: 'child_process',
    reason: 'the client starts the language server (fork, with node-ipc): the one child process the extension runs.',
  },
  {
    bundles: ['client.js'],
    module: 'node_modules/vscode-languageclient/lib/node/processes.js',
    uses: 'child_process',
    reason: 'terminate(): kills a server that did not exit after shutdown/exit (taskkill on Windows, terminateProcess.sh elsewhere — not shipped in dist/, so that spawn fails). Our server exits on exit (faults.test.ts).',
  },
  {
    bundles: ['server.js', 'cli.js', 'scan-worker.js', 'check-worker.js', 'fix-all-worker.js'],
    module: 'node_modules/web-tree-sitter/tree-sitter.cjs',
    uses: 'fetch',
    reason: 'web-tree-sitter\'s browser code paths (Emscripten\'s readAsync/instantiateStreaming, Language.load of a URL); under Node the wasm files are read with fs (loadLanguages passes file paths). The run-time guard replaces fetch and proves it is not called.',
  },
  {
    bundles: ['server.js', 'cli.js', 'scan-worker.js', 'check-worker.js', 'fix-all-worker.js'],
    module: 'node_modules/web-tree-sitter/tree-sitter.cjs',
    uses: 'XMLHttpRequest',
    reason: 'the same browser/worker loading paths of Emscripten; never taken under Node.',
  },
];

interface Use {
  bundle: string;
  module: string;
  uses: string;
  line: number;
}

/** Splits a bundle by esbuild's `// path` module markers and lists the forbidden things each module uses. */
function forbiddenUses(bundle: string): Use[] {
  const text = fs.readFileSync(path.join(repoRoot, 'dist', bundle), 'utf8');
  const lines = text.split('\n');
  const found: Use[] = [];
  let module = '(bundle prelude)';
  const requirePattern = /\b(?:require|import)\(\s*["'](?:node:)?([a-z_0-9/]+)["']\s*\)/g;
  const apiPattern = /(?<![\w."'`$])(fetch\s*\(|new\s+WebSocket\b|new\s+XMLHttpRequest\b|new\s+EventSource\b)/g;
  lines.forEach((line, index) => {
    const marker = /^\/\/ ((?:node_modules|server|client|common|grammars)\/\S+)$/.exec(line);
    if (marker) {
      module = marker[1];
      return;
    }
    for (const match of line.matchAll(requirePattern)) {
      const name = match[1].split('/')[0];
      if (networkModules.includes(name) || processModules.includes(name)) found.push({ bundle, module, uses: name, line: index + 1 });
    }
    if (/^\s*(\/\/|\*)/.test(line)) return; // comments
    for (const match of line.matchAll(apiPattern)) {
      const api = /fetch/.test(match[1]) ? 'fetch' : /WebSocket/.test(match[1]) ? 'WebSocket' : /EventSource/.test(match[1]) ? 'EventSource' : 'XMLHttpRequest';
      found.push({ bundle, module, uses: api, line: index + 1 });
    }
  });
  return found;
}

test('the bundles use no network module, child_process or fetch except where allowed, and why', (t) => {
  const problems: string[] = [];
  const used = new Set<(typeof allowed)[number]>();
  let checked = 0;
  for (const bundle of bundles) {
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', bundle)), `dist/${bundle} is missing: run the build first`);
    for (const use of forbiddenUses(bundle)) {
      checked++;
      const allowance = allowed.find((a) => a.bundles.includes(bundle) && a.module === use.module && a.uses === use.uses);
      if (allowance) used.add(allowance);
      else problems.push(`dist/${bundle}:${use.line}: ${use.module} uses ${use.uses}`);
    }
  }
  assert.deepEqual(problems, [], 'a network module, child_process or fetch that nobody allowed');
  const stale = allowed.filter((a) => !used.has(a)).map((a) => `${a.module} ${a.uses}`);
  t.diagnostic(`bundle uses checked: ${checked}; allowances in force: ${used.size}${stale.length ? `; no longer needed: ${stale.join(', ')}` : ''}`);
  for (const allowance of used) t.diagnostic(`allowed: ${allowance.module} → ${allowance.uses}: ${allowance.reason}`);
});

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name)) out.push(full);
  }
  return out;
}

test('our sources import no network module or child_process and call no fetch/WebSocket/XMLHttpRequest', (t) => {
  const problems: string[] = [];
  const files = ['server/src', 'client/src', 'common'].flatMap((d) => sourceFiles(path.join(repoRoot, d)));
  const forbidden = new Set([...networkModules, ...processModules]);
  const moduleName = (specifier: string) => specifier.replace(/^node:/, '').split('/')[0];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${path.relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && forbidden.has(moduleName(node.moduleSpecifier.text))) {
        problems.push(`${where(node)}: imports ${node.moduleSpecifier.text}`);
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const [first] = node.arguments;
        if ((callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) && first && ts.isStringLiteral(first) && forbidden.has(moduleName(first.text))) {
          problems.push(`${where(node)}: requires ${first.text}`);
        }
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        if (name === 'fetch') problems.push(`${where(node)}: calls fetch`);
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && ['WebSocket', 'XMLHttpRequest', 'EventSource'].includes(node.expression.text)) {
        problems.push(`${where(node)}: new ${node.expression.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.deepEqual(problems, []);
  t.diagnostic(`source files checked: ${files.length}`);
});

// ---------------------------------------------------------------------------------------------
// Run time

const guard = path.join(__dirname, 'no-network-guard.cjs');

function guardLog(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'djguard-')), 'guard.log');
}

function violations(log: string): string[] {
  if (!fs.existsSync(log)) return [];
  return fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('VIOLATION'));
}

function sampleCopy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'djguardws-'));
  fs.cpSync(path.join(repoRoot, 'examples', 'legacy-site'), root, { recursive: true });
  return root;
}

test('the guard works: it stops and records a spawn, a connection and a fetch', () => {
  const log = guardLog();
  for (const code of [
    'require("child_process").spawnSync("true")',
    'require("net").connect(9, "127.0.0.1")',
    'require("http").get("http://127.0.0.1:9/")',
    'fetch("http://127.0.0.1:9/")',
    'require("dns").lookup("example.org", () => {})',
  ]) {
    const run = spawnSync(process.execPath, ['--require', guard, '-e', code], { env: { ...process.env, DJUPGRADE_GUARD_LOG: log }, encoding: 'utf8' });
    assert.notEqual(run.status, 0, `${code} was not stopped`);
    assert.match(run.stderr, /djupgrade guard: .* is forbidden/);
  }
  assert.equal(violations(log).length, 5);
});

test('`djupgrade server --stdio` under the guard: a whole session starts no process and opens no connection', async (t) => {
  const log = guardLog();
  const root = sampleCopy();
  const client = new TestClient(['server', '--stdio'], { nodeArgs: ['--require', guard], env: { ...process.env, DJUPGRADE_GUARD_LOG: log } });
  client.settings = { targetVersion: '5.2', select: ['all'] };
  const exited = new Promise<number | null>((resolve) => client.process.once('exit', (code) => resolve(code)));
  try {
    await session(client, root);
  } finally {
    await client.connection.sendRequest('shutdown').catch(() => undefined);
    await client.connection.sendNotification('exit').catch(() => undefined);
  }
  assert.equal(await exited, 0, `the server exits cleanly: ${client.logs.join('').slice(-2000)}`);
  client.connection.dispose();
  assert.deepEqual(violations(log), []);
  const loads = fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('loaded'));
  assert.ok(loads.some((l) => !l.endsWith('thread=0')), 'the scan\'s worker threads ran under the guard too');
  t.diagnostic(`guarded threads in the stdio session: ${loads.length}`);
});

test('dist/server.js over node-ipc, as the VS Code client starts it, under the guard', async () => {
  const log = guardLog();
  const root = sampleCopy();
  const child = fork(path.join(repoRoot, 'dist', 'server.js'), ['--node-ipc', `--clientProcessId=${process.pid}`], {
    execArgv: ['--require', guard],
    env: { ...process.env, DJUPGRADE_GUARD_LOG: log },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const diagnostics = new Map<string, unknown[]>();
  let wake = () => {};
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
    diagnostics.set(params.uri, params.diagnostics);
    wake();
  });
  connection.onRequest('workspace/configuration', () => [{ targetVersion: '5.2' }]);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const rootUri = `file://${root}`;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'site' }], capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
  await connection.sendNotification('initialized', {});
  const uri = `${rootUri}/shop/urls.py`;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: fs.readFileSync(path.join(root, 'shop', 'urls.py'), 'utf8') } });
  await new Promise<void>((resolve) => {
    wake = () => diagnostics.has(uri) && resolve();
    wake();
  });
  assert.ok((diagnostics.get(uri) ?? []).length > 0);
  const scan = (await connection.sendRequest('djangoUpgrade/scanWorkspace', {})) as { files: number };
  assert.ok(scan.files > 20);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  assert.equal(await exited, 0);
  connection.dispose();
  assert.deepEqual(violations(log), []);
});

test('the CLI under the guard: scan, fix --diff and fix start no process and open no connection', () => {
  const log = guardLog();
  const root = sampleCopy();
  for (const args of [['scan', '.', '--format', 'json', '--select', 'all'], ['scan', '.', '--format', 'sarif'], ['fix', '.', '--diff'], ['fix', '.', '--current', '3.2'], ['rules']]) {
    const run = spawnSync(process.execPath, ['--require', guard, path.join(repoRoot, 'bin', 'djupgrade.js'), ...args], { cwd: root, env: { ...process.env, DJUPGRADE_GUARD_LOG: log }, encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.ok(run.status === 0 || run.status === 1, `${args.join(' ')}: exit ${run.status}: ${run.stderr.slice(-2000)}`);
  }
  assert.deepEqual(violations(log), []);
});

/** An editor's session: documents, edits, quick fixes, fix-all, the workspace scan and fix-all, changes on disk. */
async function session(client: TestClient, root: string): Promise<void> {
  await client.initialize(root);
  const files = ['shop/urls.py', 'shop/models.py', 'legacysite/settings.py', 'shop/templates/shop/product_list.html'];
  for (const [index, file] of files.entries()) {
    const uri = `file://${root}/${file}`;
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: file.endsWith('.py') ? 'python' : 'django-html', version: 1, text } });
    const diagnostics = await client.diagnosticsFor(uri, 1);
    if (index === 0) assert.ok(diagnostics.length > 0);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }] });
    await client.diagnosticsFor(uri, 2);
    for (const diagnostic of diagnostics.slice(0, 3)) {
      await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: diagnostic.range.start.line + 1, character: diagnostic.range.start.character }, end: { line: diagnostic.range.end.line + 1, character: diagnostic.range.end.character } }, context: { diagnostics: [] } });
    }
    await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
  }
  const scan = (await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {})) as { files: number; findings: number };
  assert.ok(scan.findings > 0);
  await client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', {});
  fs.appendFileSync(path.join(root, 'shop', 'views.py'), '\nfrom django.utils.encoding import force_text\n');
  fs.appendFileSync(path.join(root, 'requirements.txt'), '\n');
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${root}/shop/views.py`, type: 2 }, { uri: `file://${root}/requirements.txt`, type: 2 }] });
  await client.waitFor(() => (client.diagnostics.get(`file://${root}/shop/views.py`)?.diagnostics ?? []).some((d) => d.code === 'encoding-force-text'), 'the changed file rechecked');
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: `file://${root}/${files[0]}` } });
}
