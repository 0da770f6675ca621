// Fix-all is computed off the server's main thread (language-server/fix-all-thread.ts): while the
// fix-all of a long file is computed, a hover on another file is answered first; the edit is the
// one `djupgrade fix` gives for the same text; an edit of the document meanwhile gives no edit
// (the client asks again); a cancelled fix-all stops, and the next request computes it afresh.
// Fix-all in the workspace computes each file in the same thread: a hover is answered meanwhile.
// Timing-free: the assertions are on the order of the answers and on the texts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot, TestClient, temporaryWorkspace } from '../helpers/lsp-client';

const fixAllKind = 'source.fixAll.djangoUpgrade';
const sample = path.join(repoRoot, 'examples', 'legacy-site');
/** The sample project's shop/models.py 60 times over: 5,640 lines, 181 fixes (docs/engine.md, "Fix-all on long files"). */
const long = fs.readFileSync(path.join(sample, 'shop', 'models.py'), 'utf8').repeat(60);

/** What `djupgrade fix` makes of `text` as the file `file` of the project in `root`. */
function cliFixed(root: string, file: string, text: string): string {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'djupgrade.js'), 'fix', '-', '--stdin-filename', path.join(root, file)], { cwd: root, input: text, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.status === 0 || run.status === 1, `djupgrade fix failed: ${run.stderr}`);
  return run.stdout;
}

function applied(uri: string, source: string, action: CodeAction | undefined): string {
  assert.ok(action?.edit?.changes?.[uri], 'a fix-all edit');
  return TextDocument.applyEdits(TextDocument.create(uri, 'python', 0, source), action.edit.changes[uri] as TextEdit[]);
}

describe('fix-all of a long file, off the main thread', () => {
  let client: TestClient;
  let root: string;
  let version = 1;
  /** Where the other file has a finding, to hover on. */
  let finding = { line: 0, character: 0 };
  const longUri = () => `file://${root}/shop/long.py`;
  const otherUri = () => `file://${root}/blog/models.py`;
  const fixAll = (token = new CancellationTokenSource().token) =>
    client.connection.sendRequest(
      'textDocument/codeAction',
      { textDocument: { uri: longUri() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } },
      token,
    ) as Promise<CodeAction[]>;
  const hover = () => client.connection.sendRequest('textDocument/hover', { textDocument: { uri: otherUri() }, position: finding });
  /** A new text (or the same again) for the long file: what fix-all computed for the old one is not kept. */
  const setText = async (text: string) => {
    version += 1;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: longUri(), version }, contentChanges: [{ text }] });
    await client.diagnosticsFor(longUri(), version);
  };

  before(async () => {
    root = temporaryWorkspace({});
    fs.cpSync(sample, root, { recursive: true });
    client = new TestClient();
    await client.initialize(root);
    const other = fs.readFileSync(path.join(root, 'blog', 'models.py'), 'utf8');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: otherUri(), languageId: 'python', version: 1, text: other } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: longUri(), languageId: 'python', version, text: long } });
    finding = (await client.diagnosticsFor(otherUri(), 1))[0].range.start;
    await client.diagnosticsFor(longUri(), version);
  });
  after(() => client.stop());

  test('a hover on another file sent after a fix-all request is answered first; the edit is `djupgrade fix`\'s', async () => {
    // Twice: the first fix-all also starts the worker thread, the second finds it running.
    for (let run = 0; run < 2; run++) {
      await setText(long);
      const order: string[] = [];
      const fixing = fixAll().then((actions) => (order.push('fix-all'), actions));
      const hovering = hover().then((answer) => (order.push('hover'), answer));
      const [actions, answer] = await Promise.all([fixing, hovering]);
      assert.ok(answer, 'the hover has an answer');
      assert.deepEqual(order, ['hover', 'fix-all'], `run ${run}`);
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, fixAllKind);
      assert.equal(applied(longUri(), long, actions[0]), cliFixed(root, 'shop/long.py', long));
    }
  });

  test('edited while its fix-all is computed, the document gets no edit for the old text; asked again, the new text\'s', async () => {
    await setText(long);
    const fixing = fixAll();
    const edited = `# edited\n${long}`;
    version += 1;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: longUri(), version }, contentChanges: [{ text: edited }] });
    const stale = await fixing;
    assert.deepEqual(stale.filter((a) => a.kind === fixAllKind), [], 'no fix-all action computed on the old text');
    const again = await fixAll();
    assert.equal(applied(longUri(), edited, again.find((a) => a.kind === fixAllKind)), cliFixed(root, 'shop/long.py', edited));
  });

  test('a cancelled fix-all stops; the next request for the same text computes it again', async () => {
    await setText(long);
    const source = new CancellationTokenSource();
    const cancelled = fixAll(source.token).catch(() => null);
    // Answered once the fix-all request has been handled (in order): its computation has begun.
    await hover();
    source.cancel();
    await client.waitFor(() => client.logs.some((line) => line.includes('fix-all of shop/long.py stopped')), 'the fix-all to stop');
    const answer = await cancelled;
    assert.deepEqual((answer ?? []).filter((a) => a.edit), [], 'no edit from the stopped fix-all');
    const actions = await fixAll();
    assert.equal(applied(longUri(), long, actions.find((a) => a.kind === fixAllKind)), cliFixed(root, 'shop/long.py', long));
  });
});

test('resolving a fix-all action while the document is edited gives no edit', async () => {
  const root = temporaryWorkspace({});
  fs.cpSync(sample, root, { recursive: true });
  const uri = `file://${root}/shop/long.py`;
  const client = new TestClient();
  try {
    await client.initialize(root, { workspace: { configuration: true }, textDocument: { codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] } } } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: long } });
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] } })) as CodeAction[];
    const lazy = actions.find((a) => a.kind === fixAllKind);
    assert.ok(lazy && !lazy.edit, 'offered without its edit');
    const resolving = client.connection.sendRequest('codeAction/resolve', lazy) as Promise<CodeAction>;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `# edited\n${long}` }] });
    assert.equal((await resolving).edit, undefined);
  } finally {
    await client.stop();
  }
});

test('fix-all in the workspace: a hover sent while a long file is fixed is answered first; the edit is `djupgrade fix`\'s, for the version fixed', async () => {
  // The long file is the only file with a fix: the progress report before it comes right before
  // its computation, so a hover sent on that report waits for the whole of it unless the
  // computation runs off the main thread.
  const requirements = fs.readFileSync(path.join(sample, 'requirements.txt'), 'utf8');
  const root = temporaryWorkspace({ 'requirements.txt': requirements, 'shop/long.py': long, 'shop/other.py': 'x = 1\n' });
  const uri = `file://${root}/shop/long.py`;
  const otherUri = `file://${root}/shop/other.py`;
  const client = new TestClient();
  try {
    await client.initialize(root);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: otherUri, languageId: 'python', version: 1, text: 'x = 1\n' } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 3, text: long } });
    await client.diagnosticsFor(uri, 3);
    const reported = () => client.notifications.some((n) => n.method === '$/progress' && (n.params as { token: string; value: { kind: string } }).token === 'fix-long' && (n.params as { value: { kind: string } }).value.kind === 'report');
    const order: string[] = [];
    const fixing = (client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', { workDoneToken: 'fix-long' }) as Promise<{ files: number; edit: { documentChanges: Array<{ textDocument: { uri: string; version: number | null }; edits: TextEdit[] }> } }>).then((result) => (order.push('fix-all'), result));
    await client.waitFor(reported, 'the progress report before the long file');
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: otherUri }, position: { line: 0, character: 0 } });
    order.push('hover');
    const result = await fixing;
    assert.deepEqual(order, ['hover', 'fix-all']);
    assert.equal(result.files, 1);
    const [change] = result.edit.documentChanges;
    assert.deepEqual(change.textDocument, { uri, version: 3 });
    assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'python', 3, long), change.edits), cliFixed(root, 'shop/long.py', long));
  } finally {
    await client.stop();
  }
});
