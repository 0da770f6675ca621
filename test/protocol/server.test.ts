// Protocol tests: the real server over stdio, driven as an editor drives it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { temporaryWorkspace, TestClient } from '../helpers/lsp-client';

const workspace = (files: Record<string, string>) => temporaryWorkspace(files, 'djls-');

describe('language server over stdio', () => {
  let client: TestClient;
  let root: string;
  const urls = 'from django.conf.urls import include, url\r\n\r\n# naïve 😀\r\nurlpatterns = [\r\n    url(r"^😀$", index),\r\n]\r\n';

  before(async () => {
    root = workspace({ 'requirements.txt': 'Django==2.2.28\n', 'mysite/urls.py': urls, 'mysite/settings.py': 'USE_L10N = True\n' });
    client = new TestClient();
    client.settings = { targetVersion: '4.2' };
    const init = await client.initialize(root);
    assert.ok(init.capabilities.codeActionProvider);
    assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
  });
  after(() => client.stop());

  test('open, diagnostics with code, link, tag, severity and message', async () => {
    const uri = `file://${root}/mysite/urls.py`;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: urls } });
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.equal(diagnostics.length, 2);
    const call = diagnostics[1];
    assert.equal(call.code, 'conf-urls-url');
    assert.match(call.codeDescription!.href, /releases\/3\.1\/#features-deprecated-in-3-1/);
    assert.deepEqual(call.tags, [2]);
    assert.equal(call.severity, 1, 'removed at the 4.2 target: error');
    assert.equal(call.message, '`django.conf.urls.url()` is deprecated since Django 3.1 and removed in 4.0: use `django.urls.path()` or `django.urls.re_path()`');
    assert.deepEqual(call.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 7 } });
    const versions = client.notifications.find((n) => n.method === 'djangoUpgrade/versions')?.params as { current: string; target: string };
    assert.deepEqual([versions.current, versions.target], ['2.2', '4.2']);
  });

  test('incremental edits (CRLF, astral characters) update the diagnostics', async () => {
    const uri = `file://${root}/mysite/urls.py`;
    let document = TextDocument.create(uri, 'python', 1, urls);
    // Insert a second url() call after the astral character on line 4, then delete the first call's name.
    const changes = [
      { range: { start: { line: 4, character: 21 }, end: { line: 4, character: 21 } }, text: ' url(r"^é/$", other),' },
    ];
    document = TextDocument.update(document, changes, 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: changes });
    let diagnostics = await client.diagnosticsFor(uri, 2);
    assert.equal(diagnostics.length, 3);
    assert.equal(document.getText(diagnostics[2].range), 'url');
    const rename = [{ range: { start: { line: 4, character: 4 }, end: { line: 4, character: 7 } }, text: 'path' }];
    document = TextDocument.update(document, rename, 3);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: rename });
    diagnostics = await client.diagnosticsFor(uri, 3);
    assert.equal(diagnostics.length, 2);
  });

  test('quick fix, ignore-on-this-line and fix-all actions; applying them clears the diagnostics', async () => {
    const uri = `file://${root}/mysite/urls.py`;
    const text = 'from django.conf.urls import url\nurlpatterns = [url(r"^$", index)]\n';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text }] });
    const diagnostics = await client.diagnosticsFor(uri, 4);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[1].range,
      context: { diagnostics: [diagnostics[1]] },
    })) as CodeAction[];
    const quickFix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred)!;
    assert.equal(quickFix.title, 'Django Upgrade (conf-urls-url): Use `path()`/`re_path()` from `django.urls`');
    assert.ok(actions.some((a) => a.title === 'Django Upgrade (conf-urls-url): Ignore on this line'));
    assert.ok(!actions.some((a) => a.title.startsWith('Show documentation')), 'no page to show without a documentationCommand');
    const edits = quickFix.edit!.changes![uri] as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'python', 4, text), edits);
    // As django-upgrade writes it: a regex that path() can express becomes path().
    assert.equal(fixed, 'from django.urls import path\nurlpatterns = [path("", index)]\n');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: fixed }] });
    assert.deepEqual(await client.diagnosticsFor(uri, 5), []);

    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [{ text }] });
    await client.diagnosticsFor(uri, 6);
    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.djangoUpgrade');
    const all = TextDocument.applyEdits(TextDocument.create(uri, 'python', 6, text), fixAll[0].edit!.changes![uri] as TextEdit[]);
    assert.equal(all, fixed);
  });

  test('settings decide the severity; a malformed setting gets a message and the default', async () => {
    const uri = `file://${root}/mysite/settings.py`;
    client.settings = { targetVersion: 'five', showFutureDeprecations: true };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(() => client.logs.some((l) => l.includes('djangoUpgrade.targetVersion must be a Django version')), 'a settings warning');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: 'USE_L10N = True\n' } });
    const diagnostics: Diagnostic[] = await client.diagnosticsFor(uri, 1);
    assert.equal(diagnostics[0].severity, 1, 'the default target (5.2, newest LTS) is past the 5.0 removal: error');
  });
});

describe('workspace scan and fix-all over the protocol', () => {
  test('scan publishes findings of files that are not open, honours exclude, skips bad files', async () => {
    const root = workspace({
      'requirements.txt': 'Django==3.2\n',
      'app/views.py': 'from django.utils.encoding import force_text\n',
      'app/skip_me.py': 'from django.conf.urls import url\n',
      'generated/out.py': 'from django.conf.urls import url\n',
      'app/templates/app/page.html': '<p>{{ x }}</p>\n',
    });
    fs.writeFileSync(path.join(root, 'app', 'blob.py'), Buffer.from([0, 1, 2, 3]));
    const client = new TestClient();
    client.settings = { exclude: ['app/skip_me.py'] };
    client.filesExclude = { '**/generated': true, '**/app': false };
    try {
      await client.initialize(root);
      const result = (await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {})) as { files: number; findings: number; skipped: number };
      assert.equal(result.findings, 1);
      assert.equal(result.skipped, 1, 'the binary file');
      const views = await client.diagnosticsFor(`file://${root}/app/views.py`);
      assert.equal(views[0].code, 'encoding-force-text');
      assert.equal(client.diagnostics.has(`file://${root}/app/skip_me.py`), false, 'djangoUpgrade.exclude');
      assert.equal(client.diagnostics.has(`file://${root}/generated/out.py`), false, 'files.exclude');
      const fixAll = (await client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', {})) as { files: number; edit: { documentChanges: Array<{ textDocument: { uri: string }; edits: Array<{ newText: string; annotationId: string }> }>; changeAnnotations: Record<string, { needsConfirmation: boolean }> } };
      const { edit } = fixAll;
      assert.equal(fixAll.files, 1);
      assert.equal(edit.documentChanges.length, 1);
      assert.equal(edit.documentChanges[0].textDocument.uri, `file://${root}/app/views.py`);
      assert.equal(edit.changeAnnotations[edit.documentChanges[0].edits[0].annotationId].needsConfirmation, true);
      assert.match(edit.documentChanges[0].edits[0].newText, /str/);
    } finally {
      await client.stop();
    }
  });
});

describe('workspace scan in worker threads: tree data, changes on disk, cancellation, responsiveness', () => {
  const many: Record<string, string> = { 'requirements.txt': 'Django==2.2\n' };
  for (let i = 0; i < 400; i++) many[`app${i % 10}/module_${i}.py`] = `from django.utils.encoding import force_text\n\n\ndef f${i}(x):\n    return force_text(x)\n`;

  test('the scan sends the tree view every finding and follows files changed on disk', async () => {
    const root = workspace({ 'requirements.txt': 'Django==2.2\n', 'a/views.py': 'from django.conf.urls import url\n', 'a/ok.py': 'x = 1\n' });
    const client = new TestClient();
    try {
      await client.initialize(root);
      await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {});
      await client.waitFor(() => client.notifications.some((n) => n.method === 'djangoUpgrade/scanResults'), 'scan results');
      const results = client.notifications.filter((n) => n.method === 'djangoUpgrade/scanResults').pop()!.params as { findings: Array<{ rule: string; removedIn: string; uri: string }> };
      assert.deepEqual(results.findings.map((f) => [f.rule, f.removedIn]), [['conf-urls-url', '4.0']]);
      // The file changes on disk: its findings follow.
      fs.writeFileSync(path.join(root, 'a', 'ok.py'), 'from django.utils.encoding import force_text\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${root}/a/ok.py`, type: 2 }] });
      const diagnostics = await client.diagnosticsFor(`file://${root}/a/ok.py`);
      await client.waitFor(() => (client.diagnostics.get(`file://${root}/a/ok.py`)?.diagnostics.length ?? 0) === 1, 'findings of the changed file');
      assert.ok(diagnostics);
      fs.rmSync(path.join(root, 'a', 'views.py'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${root}/a/views.py`, type: 3 }] });
      await client.waitFor(() => client.diagnostics.get(`file://${root}/a/views.py`)?.diagnostics.length === 0, 'a deleted file loses its findings');
    } finally {
      await client.stop();
    }
  });

  test('the server answers other requests while a large scan runs, and a cancelled scan leaves nothing behind', async () => {
    const root = workspace(many);
    const client = new TestClient();
    try {
      await client.initialize(root);
      const uri = `file://${root}/open.py`;
      const text = 'from django.conf.urls import url\n';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
      await client.diagnosticsFor(uri, 1);
      const { CancellationTokenSource } = await import('vscode-jsonrpc');
      const source = new CancellationTokenSource();
      let scanFinished = false;
      const scan = client.connection.sendRequest('djangoUpgrade/scanWorkspace', {}, source.token).then((r) => {
        scanFinished = true;
        return r as { cancelled?: boolean; files: number };
      });
      // While the workers scan, code actions on the open file are answered.
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 29 }, end: { line: 0, character: 32 } },
        context: { diagnostics: [] },
      });
      assert.ok(Array.isArray(actions) && actions.length > 0);
      assert.equal(scanFinished, false, 'the code action came back before the scan finished');
      await client.waitFor(() => [...client.diagnostics.keys()].some((k) => k.includes('/module_')), 'some scan results');
      source.cancel();
      const result = await scan;
      assert.equal(result.cancelled, true);
      await client.waitFor(
        () => [...client.diagnostics.entries()].filter(([k]) => k.includes('/module_')).every(([, d]) => d.diagnostics.length === 0),
        'every scan diagnostic cleared after cancelling',
      );
      assert.equal(client.diagnostics.get(uri)?.diagnostics.length, 1, 'the open file keeps its live diagnostics');
    } finally {
      await client.stop();
    }
  });
});

describe('upgrade report over the protocol', () => {
  test('the audit request returns the self-contained HTML report of the project', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'djaudit-'));
    fs.cpSync(path.resolve(__dirname, '..', '..', 'examples', 'legacy-site'), root, { recursive: true });
    const client = new TestClient();
    try {
      await client.initialize(root);
      const result = (await client.connection.sendRequest('djangoUpgrade/auditReport', { uri: `file://${root}/shop/models.py` })) as { html: string; root: string };
      assert.equal(result.root, root);
      assert.match(result.html, /<svg/);
      assert.match(result.html, /1\.11/);
      assert.doesNotMatch(result.html, /<script|src="http/, 'no scripts, nothing fetched');
    } finally {
      await client.stop();
    }
  });
});
