// Fix-all is offered lazily to a client that resolves code actions (language-server/code-actions.ts):
// the code actions VS Code asks for on every cursor move carry the fix-all action without its
// edit, and `codeAction/resolve` computes it; asked for explicitly (`only` source.fixAll) or by a
// client that cannot resolve, the edit comes at once. A resolve for a document that changed since
// the action was offered gives no edit, never the old text's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, temporaryWorkspace } from '../helpers/lsp-client';

const text = 'from django.conf.urls import url\nurlpatterns = [url(r"^$", index), url(r"^about/$", about)]\n';
const fixed = 'from django.urls import path\nurlpatterns = [path("", index), path("about/", about)]\n';
const fixAllKind = 'source.fixAll.djangoUpgrade';

const resolving = {
  workspace: { configuration: true },
  textDocument: { codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
};

function applied(uri: string, source: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'python', 0, source), action.edit!.changes![uri] as TextEdit[]);
}

describe('fix-all resolved when picked', () => {
  let client: TestClient;
  let root: string;
  let version = 1;
  const uri = () => `file://${root}/mysite/urls.py`;
  /** The code actions on the first finding, as VS Code asks when the cursor moves there (no `only`). */
  const cursorActions = async (diagnostic: Diagnostic) =>
    (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
  const setText = async (next: string) => {
    version += 1;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(), version }, contentChanges: [{ text: next }] });
    return client.diagnosticsFor(uri(), version);
  };

  before(async () => {
    root = temporaryWorkspace({ 'requirements.txt': 'Django==3.2\n', 'mysite/urls.py': text });
    client = new TestClient();
    const init = await client.initialize(root, resolving);
    assert.equal((init.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, true);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'python', version, text } });
    await client.diagnosticsFor(uri(), version);
  });
  after(() => client.stop());

  test('the cursor-move request gets fix-all without an edit; resolving it gives the edit fix-all would', async () => {
    const diagnostics = await setText(text);
    const actions = await cursorActions(diagnostics[0]);
    const quickFix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(quickFix?.edit, 'quick fixes keep their edits');
    const lazy = actions.filter((a) => a.kind === fixAllKind);
    assert.equal(lazy.length, 1);
    assert.equal(lazy[0].edit, undefined, 'no edit computed on a cursor move');
    assert.equal(lazy[0].title, 'Fix all safe Django upgrade problems');
    assert.equal((lazy[0].data as { uri: string; version: number }).uri, uri());
    assert.equal((lazy[0].data as { uri: string; version: number }).version, version);
    const resolved = (await client.connection.sendRequest('codeAction/resolve', lazy[0])) as CodeAction;
    assert.equal(resolved.title, lazy[0].title);
    assert.equal(applied(uri(), text, resolved), fixed);
  });

  test('explicitly asked for (`only` source.fixAll, as on save), the edit comes at once', async () => {
    await setText(text);
    for (const only of [['source.fixAll'], [fixAllKind]]) {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only },
      })) as CodeAction[];
      assert.equal(actions.length, 1, only.join());
      assert.equal(applied(uri(), text, actions[0]), fixed);
    }
  });

  test('once computed for a text, the edit is kept: the next cursor move gets it with the action', async () => {
    const diagnostics = await setText(text);
    const [lazy] = (await cursorActions(diagnostics[0])).filter((a) => a.kind === fixAllKind);
    assert.equal(lazy.edit, undefined);
    await client.connection.sendRequest('codeAction/resolve', lazy);
    const [again] = (await cursorActions(diagnostics[0])).filter((a) => a.kind === fixAllKind);
    assert.equal(applied(uri(), text, again), fixed);
  });

  test('resolving an action offered for an older text gives no edit', async () => {
    const diagnostics = await setText(text);
    const [lazy] = (await cursorActions(diagnostics[0])).filter((a) => a.kind === fixAllKind);
    // The same findings' kind of text, shifted by a line: the old edit would break it.
    const shifted = `# a comment\n${text}`;
    await setText(shifted);
    const stale = (await client.connection.sendRequest('codeAction/resolve', lazy)) as CodeAction;
    assert.equal(stale.edit, undefined);
    // The same text again under a newer version is still a change since the action was offered.
    await setText(text);
    const again = (await client.connection.sendRequest('codeAction/resolve', lazy)) as CodeAction;
    assert.equal(again.edit, undefined);
  });

  test('resolving after the settings changed gives no edit (the title promised the old ones)', async () => {
    const diagnostics = await setText(text);
    const [lazy] = (await cursorActions(diagnostics[0])).filter((a) => a.kind === fixAllKind);
    client.settings = { unsafeFixes: true };
    // Once the settings are read again, the open documents are checked and published again.
    client.diagnostics.delete(uri());
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnosticsFor(uri(), version);
    const resolved = (await client.connection.sendRequest('codeAction/resolve', lazy)) as CodeAction;
    assert.equal(resolved.edit, undefined);
    const [now] = (await cursorActions(diagnostics[0])).filter((a) => a.kind === fixAllKind);
    assert.equal(now.title, 'Fix all Django upgrade problems (unsafe fixes included)');
    assert.equal(applied(uri(), text, (await client.connection.sendRequest('codeAction/resolve', now)) as CodeAction), fixed);
  });
});

test('a client that cannot resolve code actions gets the fix-all edit with the action', async () => {
  const root = temporaryWorkspace({ 'requirements.txt': 'Django==3.2\n', 'urls.py': text });
  const uri = `file://${root}/urls.py`;
  const client = new TestClient();
  try {
    await client.initialize(root, { workspace: { configuration: true } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] } })) as CodeAction[];
    const fixAll = actions.filter((a) => a.kind === fixAllKind);
    assert.equal(fixAll.length, 1);
    assert.equal(applied(uri, text, fixAll[0]), fixed);
  } finally {
    await client.stop();
  }
});
