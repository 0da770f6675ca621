// Known vulnerabilities in the editor: the real server publishes a diagnostic on each pinned line
// the advisory snapshot lists, offers to bump the pin (never where hashes or a lock file pin the bytes), and checks again when the file changes on disk.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp-client';

const requirements = [
  '# pinned by hand',
  'Django==3.2.4  # the site',
  'djangorestframework>=3.9',
  'Pillow==8.1.0',
  '',
  'django-debug-toolbar == 1.11',
  'requests==2.31.0',
  'urllib3==1.26.4 \\',
  '    --hash=sha256:0000000000000000000000000000000000000000000000000000000000000000',
  '',
].join('\n');
const poetryLock = '[[package]]\nname = "django-filter"\nversion = "2.1.0"\ndescription = "x"\n';

describe('known vulnerabilities in the editor', () => {
  let client: TestClient;
  let root: string;
  const uriOf = (name: string) => `file://${root}/${name}`;
  const byLine = (diagnostics: Diagnostic[]) => new Map(diagnostics.map((d) => [d.range.start.line + 1, d]));

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'advisories-ls-'));
    fs.writeFileSync(path.join(root, 'requirements.txt'), requirements);
    fs.writeFileSync(path.join(root, 'poetry.lock'), poetryLock);
    fs.writeFileSync(path.join(root, 'manage.py'), '');
    client = new TestClient();
    await client.initialize(root);
  });
  after(() => client.stop());

  test('a diagnostic on each affected pin, with the count and the release that fixes it', async () => {
    const diagnostics = await client.diagnosticsFor(uriOf('requirements.txt'));
    const lines = byLine(diagnostics);
    assert.deepEqual([...lines.keys()].sort((a, b) => a - b), [2, 4, 6, 8], 'the >= range and the clean pin are not flagged');
    const django = lines.get(2)!;
    assert.match(django.message, /^Django 3\.2\.4: 21 published vulnerabilities; 3\.2\.25 fixes them; 3\.2 has had no security fixes since April 2024; \d+ issues disclosed since then$/);
    assert.deepEqual(django.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 13 } });
    assert.deepEqual([django.code, django.severity, django.source], ['known-vulnerabilities', 1, 'Django Upgrade']);
    assert.equal(django.codeDescription?.href, 'https://docs.djangoproject.com/en/stable/releases/security/');
    assert.match(lines.get(4)!.message, /^Pillow 8\.1\.0: \d+ published vulnerabilities; 8\.1\.\d+ fixes \d+, 10\.0\.1 all of them$/);
    assert.equal(lines.get(6)!.message, 'django-debug-toolbar 1.11: 1 published vulnerability; 1.11.1 fixes it');
    assert.equal(lines.get(6)!.codeDescription?.href, 'https://osv.dev/vulnerability/PYSEC-2021-10');
    assert.match(lines.get(8)!.message, /^urllib3 1\.26\.4: \d+ published vulnerabilit(y|ies); .* \(regenerate the hashes with pip-compile\)$/);
    const lock = await client.diagnosticsFor(uriOf('poetry.lock'));
    assert.deepEqual(lock.map((d) => [d.range.start.line, d.message]), [[2, 'django-filter 2.1.0: 1 published vulnerability; 2.4.0 fixes it (update it with your lock tool)']]);
  });

  test('the quick fix bumps the pin; none where hashes or a lock file pin the bytes', async () => {
    const uri = uriOf('requirements.txt');
    const lines = byLine(client.diagnostics.get(uri)!.diagnostics);
    const ask = (diagnostic: Diagnostic) =>
      client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const fixes = await ask(lines.get(2)!);
    assert.deepEqual(fixes.map((a) => [a.title, a.isPreferred]), [['Bump Django to 3.2.25 (fixes all 21 published vulnerabilities)', true]]);
    const document = TextDocument.create(uri, 'pip-requirements', 1, requirements);
    const fixed = TextDocument.applyEdits(document, fixes[0].edit!.changes![uri]);
    assert.equal(fixed.split('\n')[1], 'Django==3.2.25  # the site');
    const toolbar = await ask(lines.get(6)!);
    assert.equal(TextDocument.applyEdits(document, toolbar[0].edit!.changes![uri]).split('\n')[5], 'django-debug-toolbar == 1.11.1');
    // A library: the release that clears everything first, its own series' patch release second.
    assert.deepEqual((await ask(lines.get(4)!)).map((a) => a.title), [
      `Bump Pillow to 10.0.1 (fixes all ${(lines.get(4)!.message.match(/(\d+) published/) ?? [])[1]} published vulnerabilities)`,
      (await ask(lines.get(4)!))[1].title,
    ]);
    assert.match((await ask(lines.get(4)!))[1].title, /^Bump Pillow to 8\.1\.\d+ \(fixes \d+ of \d+\)$/);
    assert.deepEqual(await ask(lines.get(8)!), [], 'the pin carries hashes');
    const lockDiagnostic = client.diagnostics.get(uriOf('poetry.lock'))!.diagnostics[0];
    const lockFixes = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf('poetry.lock') }, range: lockDiagnostic.range, context: { diagnostics: [lockDiagnostic] } });
    assert.deepEqual(lockFixes, []);
    // Applying it and saving: the server checks the file again.
    fs.writeFileSync(path.join(root, 'requirements.txt'), fixed);
    const before = client.diagnostics.get(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await client.waitFor(() => client.diagnostics.get(uri) !== before, 'requirements.txt checked again');
    const after = byLine(client.diagnostics.get(uri)!.diagnostics);
    assert.match(after.get(2)!.message, /^Django 3\.2\.25: 3\.2 has had no security fixes since April 2024; \d+ issues disclosed since then$/);
    assert.equal(after.get(2)!.severity, 2, 'no listed vulnerability left: a warning');
  });

  test('djangoUpgrade.ignore: ["known-vulnerabilities"] clears them', async () => {
    const uri = uriOf('requirements.txt');
    client.settings = { ignore: ['known-vulnerabilities'] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.length === 0 && client.diagnostics.get(uriOf('poetry.lock'))?.diagnostics.length === 0, 'no advisory diagnostics');
  });
});

describe('known vulnerabilities off in the project configuration', () => {
  test('[tool.djupgrade] ignore = ["known-vulnerabilities"]: no advisory diagnostics, and no "unknown rule" warning', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'advisories-config-'));
    fs.writeFileSync(path.join(root, 'requirements.txt'), 'Django==3.2.4\n');
    fs.writeFileSync(path.join(root, 'manage.py'), '');
    fs.writeFileSync(path.join(root, 'pyproject.toml'), '[tool.djupgrade]\nignore = ["known-vulnerabilities"]\n');
    fs.writeFileSync(path.join(root, 'views.py'), 'from django.conf.urls import url\n');
    const client = new TestClient();
    try {
      await client.initialize(root);
      const views = `file://${root}/views.py`;
      const text = fs.readFileSync(path.join(root, 'views.py'), 'utf8');
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: views, languageId: 'python', version: 1, text } });
      // The Python file's diagnostic comes after the pins were checked (both follow the settings).
      await client.waitFor(() => (client.diagnostics.get(views)?.diagnostics.length ?? 0) > 0, 'views.py checked');
      const pins = client.diagnostics.get(`file://${root}/requirements.txt`)?.diagnostics ?? [];
      assert.deepEqual(pins.map((d) => d.code), []);
      const warnings = client.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);
      assert.deepEqual(warnings.filter((m) => /unknown rule/.test(m)), []);
    } finally {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
