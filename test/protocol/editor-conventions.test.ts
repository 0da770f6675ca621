// The editor conventions of ruff-vscode and vscode-eslint, over the protocol: code actions that
// say whose they are, rule pages linked from diagnostics, code actions and hovers, the
// `enable` and `run` settings, Fix All in Workspace's progress and cancellation, and folders
// added to or removed from the workspace after start.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { newestRelease } from '../../server/src/versions/libraries';
import { temporaryWorkspace, TestClient } from '../helpers/lsp-client';

const documentationCommand = 'djangoUpgrade.showDocumentation';
const capabilities = { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } };
const urlsText = 'from django.conf.urls import url\n\nurlpatterns = [url(r"^$", index), url(r"^a/$", a)]\n';

async function start(files: Record<string, string>, settings: Record<string, unknown> = {}, initializationOptions: unknown = { documentationCommand }) {
  const root = temporaryWorkspace(files, 'djeditor-');
  const client = new TestClient();
  client.settings = settings;
  await client.initialize(root, capabilities, [], { initializationOptions });
  return { root, client };
}

async function open(client: TestClient, uri: string, text: string, version = 1): Promise<Diagnostic[]> {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version, text } });
  return client.diagnosticsFor(uri, version);
}

function codeActions(client: TestClient, uri: string, range: Diagnostic['range']): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }) as Promise<CodeAction[]>;
}

function hover(client: TestClient, uri: string, line: number, character: number): Promise<Hover | null> {
  return client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;
}

describe('code actions, links and hovers lead to the rule and its page', () => {
  test('titles say whose they are; "Show documentation" and the code link run the client command with the rule id', async () => {
    const { root, client } = await start({ 'requirements.txt': 'Django==2.2\n', 'site/urls.py': urlsText });
    try {
      const uri = `file://${root}/site/urls.py`;
      const diagnostics = await open(client, uri, urlsText);
      assert.deepEqual(diagnostics.map((d) => d.code), ['conf-urls-url', 'conf-urls-url', 'conf-urls-url']);
      for (const d of diagnostics) assert.equal(d.codeDescription?.href, 'command:djangoUpgrade.showDocumentation?%5B%22conf-urls-url%22%5D');
      // The whole line 3: two findings of one rule.
      const actions = await codeActions(client, uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 60 } });
      const titles = actions.map((a) => a.title);
      assert.deepEqual(
        titles.filter((t) => !t.startsWith('Django Upgrade (conf-urls-url): Use ')),
        ['Django Upgrade (conf-urls-url): Ignore on this line', 'Show documentation for conf-urls-url', 'Fix all safe Django upgrade problems'],
        'one suppression for the line and one documentation entry for the rule, after the fixes',
      );
      assert.equal(titles.filter((t) => t.startsWith('Django Upgrade (conf-urls-url): Use `path()`')).length, 2, titles.join(' | '));
      const show = actions.find((a) => a.title === 'Show documentation for conf-urls-url')!;
      assert.equal(show.kind, 'quickfix');
      assert.equal(show.edit, undefined);
      assert.deepEqual(show.command, { title: 'Show documentation for conf-urls-url', command: documentationCommand, arguments: ['conf-urls-url'] });
    } finally {
      await client.stop();
    }
  });

  test('without a client command the code links to the release notes and no page is offered', async () => {
    const { root, client } = await start({ 'requirements.txt': 'Django==2.2\n', 'site/urls.py': urlsText }, {}, {});
    try {
      const uri = `file://${root}/site/urls.py`;
      const diagnostics = await open(client, uri, urlsText);
      assert.match(diagnostics[0].codeDescription!.href, /^https:\/\/docs\.djangoproject\.com\/en\/stable\/releases\/3\.1\/#features-deprecated-in-3-1$/);
      const actions = await codeActions(client, uri, diagnostics[1].range);
      assert.ok(actions.length > 0);
      assert.ok(!actions.some((a) => a.command), actions.map((a) => a.title).join(' | '));
      const shown = await hover(client, uri, 2, 17);
      assert.match((shown!.contents as MarkupContent).value, /\[Release notes\]\(https:\/\/docs\.djangoproject\.com\//);
    } finally {
      await client.stop();
    }
  });

  test('a hover on a finding shows the page summary, the versions and the link to the page; elsewhere none', async () => {
    const { root, client } = await start({ 'requirements.txt': 'Django==2.2\n', 'site/urls.py': urlsText }, { targetVersion: '4.2' });
    try {
      const uri = `file://${root}/site/urls.py`;
      await open(client, uri, urlsText);
      const shown = await hover(client, uri, 2, 17); // inside the first url
      assert.ok(shown, 'a hover on the finding');
      const markdown = shown.contents as MarkupContent;
      assert.equal(markdown.kind, 'markdown');
      assert.equal(
        markdown.value,
        [
          '**`django.conf.urls.url()` → `django.urls.path()`/`re_path()`**',
          'Finds imports and calls of `django.conf.urls.url()` (django-upgrade: `django_urls`).',
          'Deprecated in Django 3.1 · removed in 4.0. This project: Django 2.2 → 4.2.',
          '[Documentation of conf-urls-url](command:djangoUpgrade.showDocumentation?%5B%22conf-urls-url%22%5D)',
        ].join('\n\n'),
      );
      assert.deepEqual(shown.range, { start: { line: 2, character: 15 }, end: { line: 2, character: 18 } });
      assert.equal(await hover(client, uri, 2, 3), null, 'no hover on `urlpatterns`');
    } finally {
      await client.stop();
    }
  });

  test("a hover on a library finding shows the library's versions: the project's pin and the target release", async () => {
    const code = 'from rest_framework.decorators import detail_route\n';
    const { root, client } = await start({ 'requirements.txt': 'Django==2.2\ndjangorestframework==3.9.4\n', 'site/api.py': code });
    try {
      const uri = `file://${root}/site/api.py`;
      const diagnostics = await open(client, uri, code);
      assert.deepEqual(diagnostics.map((d) => d.code), ['drf-detail-list-route']);
      const shown = await hover(client, uri, 0, 40);
      const lines = (shown!.contents as MarkupContent).value.split('\n\n');
      assert.equal(lines[2], `Deprecated in Django REST Framework 3.8 · removed in 3.10. This project: Django REST Framework 3.9.4 → ${newestRelease('djangorestframework')}.`);
    } finally {
      await client.stop();
    }
  });
});

describe('djangoUpgrade.enable and djangoUpgrade.run', () => {
  test('enable: false clears the diagnostics and turns off code actions, hovers, the scan and fix-all; true brings them back', async () => {
    const { root, client } = await start({ 'requirements.txt': 'Django==2.2\n', 'site/urls.py': urlsText, 'site/views.py': 'from django.utils.encoding import force_text\n' });
    try {
      const uri = `file://${root}/site/urls.py`;
      const diagnostics = await open(client, uri, urlsText);
      assert.equal(diagnostics.length, 3);
      await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {});
      const views = `file://${root}/site/views.py`;
      assert.equal((await client.diagnosticsFor(views)).length, 1);
      // Django 2.2.0 has published vulnerabilities: requirements.txt has its diagnostic too.
      const requirements = `file://${root}/requirements.txt`;
      assert.ok((await client.diagnosticsFor(requirements)).length > 0);

      client.settings = { enable: false };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.waitFor(
        () => [uri, views, requirements].every((u) => client.diagnostics.get(u)?.diagnostics.length === 0),
        'no diagnostics once turned off',
      );
      assert.deepEqual(await codeActions(client, uri, diagnostics[1].range), []);
      assert.equal(await hover(client, uri, 2, 17), null);
      assert.deepEqual(await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {}), { files: 0, findings: 0, skipped: 0, disabled: true });
      assert.deepEqual(await client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', {}), { edit: null, files: 0, disabled: true });
      assert.equal(client.diagnostics.get(views)?.diagnostics.length, 0, 'the disabled scan published nothing');

      client.settings = { enable: true };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.length === 3, 'the diagnostics back once turned on');
    } finally {
      await client.stop();
    }
  });

  test('run: "onSave" checks a document when it is opened and saved, not as it is typed', async () => {
    const { root, client } = await start({ 'requirements.txt': 'Django==2.2\n' }, { run: 'onSave' });
    try {
      const a = `file://${root}/a.py`;
      const b = `file://${root}/b.py`;
      assert.equal((await open(client, a, 'x = 1\n')).length, 0);
      assert.equal((await open(client, b, 'y = 1\n')).length, 0);
      const edit = (uri: string) =>
        client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: urlsText }] });
      await edit(a);
      await edit(b);
      // Saving b schedules its check behind where a's would be if typing checked (the same delay,
      // scheduled later), so a's diagnostics for version 2 would come first: they must not come.
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: b } });
      assert.equal((await client.diagnosticsFor(b, 2)).length, 3);
      assert.equal(client.diagnostics.get(a)!.version, 1, 'typing in a.py published nothing');
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: a } });
      assert.equal((await client.diagnosticsFor(a, 2)).length, 3);
      // Quick fixes follow the text as it is, saved or not.
      const actions = await codeActions(client, a, { start: { line: 0, character: 29 }, end: { line: 0, character: 32 } });
      assert.ok(actions.some((x) => x.title === 'Django Upgrade (conf-urls-url): Ignore on this line'));
    } finally {
      await client.stop();
    }
  });
});

describe('Fix All in Workspace: progress, cancellation, other requests served meanwhile', () => {
  const many: Record<string, string> = { 'requirements.txt': 'Django==2.2\n' };
  for (let i = 0; i < 300; i++) many[`app${i % 10}/module_${i}.py`] = `from django.utils.encoding import force_text\n\n\ndef f${i}(x):\n    return force_text(x)\n`;

  type Progress = { token: string; value: { kind: string; percentage?: number; message?: string; cancellable?: boolean } };
  const progressOf = (client: TestClient, token: string) =>
    client.notifications.filter((n) => n.method === '$/progress').map((n) => n.params as Progress).filter((p) => p.token === token).map((p) => p.value);

  test('progress on the request token from begin to end; a hover is answered before the edit comes', async () => {
    const { root, client } = await start({ ...many, 'open.py': urlsText });
    try {
      const uri = `file://${root}/open.py`;
      await open(client, uri, urlsText);
      let fixFinished = false;
      const fixAll = client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', { workDoneToken: 'fix-1' }).then((r) => {
        fixFinished = true;
        return r as { files: number; edit: { documentChanges: unknown[] } };
      });
      await client.waitFor(() => progressOf(client, 'fix-1').some((v) => v.kind === 'report'), 'a progress report');
      const shown = await hover(client, uri, 2, 17);
      assert.ok(shown);
      assert.equal(fixFinished, false, 'the hover came back while fix-all was running');
      const result = await fixAll;
      assert.equal(result.files, 301, 'the 300 modules and the open file');
      assert.equal(result.edit.documentChanges.length, 301);
      const values = progressOf(client, 'fix-1');
      assert.equal(values[0].kind, 'begin');
      assert.equal(values[0].cancellable, true);
      assert.equal(values.at(-1)!.kind, 'end');
      const percentages = values.filter((v) => v.kind === 'report').map((v) => v.percentage!);
      assert.deepEqual(percentages, [...percentages].sort((x, y) => x - y), 'the percentage only grows');
      assert.match(values.filter((v) => v.kind === 'report').at(-1)!.message!, /^\d+\/301 files$/);
    } finally {
      await client.stop();
    }
  });

  test('cancelled: no edit, the progress ends, and a later run still works', async () => {
    const { client } = await start(many);
    try {
      const source = new CancellationTokenSource();
      const fixAll = client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', { workDoneToken: 'fix-2' }, source.token);
      await client.waitFor(() => progressOf(client, 'fix-2').some((v) => v.kind === 'report'), 'a progress report');
      source.cancel();
      assert.deepEqual(await fixAll, { edit: null, files: 0, cancelled: true });
      assert.equal(progressOf(client, 'fix-2').at(-1)!.kind, 'end');
      const again = (await client.connection.sendRequest('djangoUpgrade/fixAllWorkspace', {})) as { files: number };
      assert.equal(again.files, 300);
    } finally {
      await client.stop();
    }
  });
});

describe('multi-root: folders added after start', () => {
  test('an added folder is scanned and its files followed; a removed folder loses its findings; versions per document', async () => {
    const { root, client } = await start({ 'requirements.txt': 'Django==2.2\n', 'a.py': 'from django.conf.urls import url\n' });
    const other = temporaryWorkspace({ 'requirements.txt': 'Django==3.2\n', 'b.py': 'from django.utils.encoding import force_text\n', 'c.py': 'x = 1\n' }, 'djeditor-');
    try {
      await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {});
      assert.equal((await client.diagnosticsFor(`file://${root}/a.py`)).length, 1);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: `file://${other}`, name: 'other' }], removed: [] } });
      const b = await client.diagnosticsFor(`file://${other}/b.py`);
      assert.deepEqual(b.map((d) => d.code), ['encoding-force-text']);
      // A file of the added folder changed on disk: its findings follow.
      fs.writeFileSync(path.join(other, 'c.py'), 'from django.conf.urls import url\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${other}/c.py`, type: 2 }] });
      await client.waitFor(() => client.diagnostics.get(`file://${other}/c.py`)?.diagnostics.length === 1, 'the findings of the changed file');
      // Each document gets the versions of its own project.
      await open(client, `file://${root}/new_a.py`, 'x = 1\n');
      await open(client, `file://${other}/new_b.py`, 'x = 1\n');
      const versions = client.notifications.filter((n) => n.method === 'djangoUpgrade/versions').map((n) => n.params as { uri: string; current: string });
      assert.equal(versions.find((v) => v.uri === `file://${root}/new_a.py`)?.current, '2.2');
      assert.equal(versions.find((v) => v.uri === `file://${other}/new_b.py`)?.current, '3.2');
      // Closed and opened again, a document gets its versions again (the editor forgot them on close).
      const sent = () => client.notifications.filter((n) => n.method === 'djangoUpgrade/versions' && (n.params as { uri: string }).uri === `file://${root}/new_a.py`).length;
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: `file://${root}/new_a.py` } });
      await open(client, `file://${root}/new_a.py`, 'x = 2\n', 2);
      assert.equal(sent(), 2);
      // The first folder goes: its scan findings go with it.
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: `file://${root}`, name: path.basename(root) }] } });
      await client.waitFor(() => client.diagnostics.get(`file://${root}/a.py`)?.diagnostics.length === 0, 'a.py cleared');
      assert.equal(client.diagnostics.get(`file://${other}/b.py`)?.diagnostics.length, 1);
    } finally {
      await client.stop();
    }
  });
});
