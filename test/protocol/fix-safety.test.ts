// Fixes in the editor never write into a text they were not computed on (a reused or backward
// document version, one file open under two URIs), and unsafe fixes are offered one by one, in
// bulk only with djangoUpgrade.unsafeFixes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { temporaryWorkspace, TestClient } from '../helpers/lsp-client';

const workspace = (files: Record<string, string>) => temporaryWorkspace(files, 'djfixls-');

const everywhere = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

/** The text the document has after its first quick fix (the one for the first finding). */
async function quickFixed(client: TestClient, uri: string, text: string): Promise<string> {
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['quickfix'] } })) as CodeAction[];
  const fix = actions.find((a) => a.edit && !a.title.endsWith('Ignore on this line'));
  assert.ok(fix, 'a quick fix');
  return TextDocument.applyEdits(TextDocument.create(uri, 'python', 0, text), fix.edit!.changes![uri] as TextEdit[]);
}

test('findings belong to the text they were computed on: a full change under the same version, or an older version after a newer one', async () => {
  const root = workspace({ 'requirements.txt': 'Django==3.2\n' });
  const client = new TestClient();
  try {
    await client.initialize(root);
    const uri = `file://${root}/labels.py`;
    const first = 'from django.utils.translation import ugettext\nx = ugettext("a")\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: first } });
    await client.diagnosticsFor(uri, 1);
    // The same version, another text (shifted by one line): the old findings' offsets would write "forgettext".
    const second = 'import os\nfrom django.utils.translation import ugettext\nx = ugettext("a") + os.sep\n';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: second }] });
    assert.equal(await quickFixed(client, uri, second), 'import os\nfrom django.utils.translation import gettext\nx = gettext("a") + os.sep\n');
    // Version 2, then version 1 again with yet another text, both inside the debounce.
    const third = 'from django.utils.translation import ungettext\n\n\nn = ungettext("a", "b", 2)\n';
    const fourth = '# labels\nfrom django.utils.translation import ugettext_lazy\nT = ugettext_lazy("t")\n';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: third }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: fourth }] });
    assert.equal(await quickFixed(client, uri, fourth), '# labels\nfrom django.utils.translation import gettext_lazy\nT = gettext_lazy("t")\n');
    // The published diagnostics are those of the last text too.
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.some((d) => d.range.start.line === 2) ?? false, 'diagnostics of the last text');
  } finally {
    await client.stop();
  }
});

test('unsafe fixes: offered one by one, applied by fix-all only with djangoUpgrade.unsafeFixes', async () => {
  const text = 'from django.conf.urls import url\n\nurlpatterns = [url(r"^a/(?P<pk>[0-9]+)/$", view)]\n';
  const root = workspace({ 'requirements.txt': 'Django==3.2\n', 'urls.py': text });
  const client = new TestClient();
  const uri = `file://${root}/urls.py`;
  const fixAll = async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    return { title: actions[0].title, text: TextDocument.applyEdits(TextDocument.create(uri, 'python', 0, text), actions[0].edit!.changes![uri] as TextEdit[]) };
  };
  try {
    await client.initialize(root);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    await client.diagnosticsFor(uri, 1);
    const quickFixes = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['quickfix'] } })) as CodeAction[];
    const unsafe = quickFixes.find((a) => /review: may change behaviour/.test(a.title));
    assert.ok(unsafe, quickFixes.map((a) => a.title).join('\n'));
    assert.equal(unsafe.isPreferred, false);
    assert.deepEqual(await fixAll(), { title: 'Fix all safe Django upgrade problems', text: 'from django.urls import re_path\n\nurlpatterns = [re_path(r"^a/(?P<pk>[0-9]+)/$", view)]\n' });
    client.settings = { unsafeFixes: true };
    // A settings change re-checks the open documents: their diagnostics come again once it is read.
    client.diagnostics.delete(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnosticsFor(uri);
    assert.deepEqual(await fixAll(), { title: 'Fix all Django upgrade problems (unsafe fixes included)', text: 'from django.urls import path\n\nurlpatterns = [path("a/<int:pk>/", view)]\n' });
    const { edit: workspaceEdit } = (await client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', {})) as { edit: { documentChanges: Array<{ edits: TextEdit[] }>; changeAnnotations: Record<string, { label: string }> } };
    assert.match(Object.values(workspaceEdit.changeAnnotations)[0].label, /unsafe ones included/);
    assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'python', 1, text), workspaceEdit.documentChanges[0].edits), 'from django.urls import path\n\nurlpatterns = [path("a/<int:pk>/", view)]\n');
  } finally {
    await client.stop();
  }
});

test('Fix All in Workspace: a file open under two URIs (a symlinked folder) is fixed once, from the copy edited last', async () => {
  const root = workspace({ 'requirements.txt': 'Django==3.2\n', 'app/views.py': 'from django.utils.encoding import force_text\nx = force_text(b"a")\n' });
  fs.symlinkSync(path.join(root, 'app'), path.join(root, 'alias'));
  const client = new TestClient();
  try {
    await client.initialize(root);
    const real = `file://${root}/app/views.py`;
    const alias = `file://${root}/alias/views.py`;
    const onDisk = fs.readFileSync(path.join(root, 'app/views.py'), 'utf8');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: real, languageId: 'python', version: 1, text: onDisk } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: alias, languageId: 'python', version: 1, text: onDisk } });
    // The walk finds the file as alias/views.py (it lists a folder once, "alias" sorts first); the
    // unsaved edit is in the copy opened as app/views.py.
    const edited = 'from django.utils.encoding import force_text\nx = force_text(b"a")\ny = force_text(b"b")\n';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: real, version: 2 }, contentChanges: [{ text: edited }] });
    await client.diagnosticsFor(real, 2);
    const { edit } = (await client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', {})) as { edit: { documentChanges: Array<{ textDocument: { uri: string; version: number | null }; edits: TextEdit[] }> } };
    assert.equal(edit.documentChanges.length, 1, 'one edit for the one file');
    const [change] = edit.documentChanges;
    assert.deepEqual(change.textDocument, { uri: real, version: 2 });
    assert.equal(TextDocument.applyEdits(TextDocument.create(real, 'python', 2, edited), change.edits), 'from django.utils.encoding import force_str\nx = force_str(b"a")\ny = force_str(b"b")\n');
  } finally {
    await client.stop();
  }
});

test('Fix All in Workspace leaves a closed file in another encoding to `djupgrade fix` (the editor decodes it its own way)', async () => {
  const root = workspace({ 'requirements.txt': 'Django==3.2\n', 'utf8.py': 'from django.utils.encoding import force_text\nx = force_text(b"a")\n' });
  fs.writeFileSync(path.join(root, 'latin.py'), Buffer.from('# -*- coding: latin-1 -*-\nfrom django.utils.encoding import force_text\nx = force_text(b"caf") + "\xe9"\n', 'latin1'));
  const client = new TestClient();
  try {
    await client.initialize(root);
    const { edit } = (await client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', {})) as { edit: { documentChanges: Array<{ textDocument: { uri: string } }> } };
    assert.deepEqual(edit.documentChanges.map((c) => path.basename(c.textDocument.uri)), ['utf8.py']);
    await client.waitFor(() => client.logs.some((l) => /not fixed in the workspace: .*latin\.py is latin-1/.test(l)), 'the log line');
  } finally {
    await client.stop();
  }
});
