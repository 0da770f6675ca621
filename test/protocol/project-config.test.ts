// The editor side of "one configuration" (issue 12): the server reads the project configuration
// the CLI reads, the editor settings the user set override it, each workspace folder has its own
// settings (asked for with its scopeUri), and the workspace scan leaves out what the CLI leaves out.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TestClient } from '../helpers/lsp-client';
import { writeProject } from '../helpers/project-files';
import { djupgrade } from '../helpers/cli';

const urls = 'from django.conf.urls import url\n\nurlpatterns = [url(r"^$", None)]\n';

type Versions = { uri: string; current: string | null; target: string; currentSource: string; targetSource: string };

async function openAndCheck(client: TestClient, file: string, text: string, version = 1) {
  const uri = `file://${file}`;
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version, text } });
  return client.diagnosticsFor(uri, version);
}

const versionsOf = (client: TestClient, file: string) =>
  client.notifications.filter((n) => n.method === 'djangoUpgrade/versions' && (n.params as Versions).uri === `file://${file}`).map((n) => n.params as Versions).at(-1);

test('the project configuration applies in the editor; a setting the user set overrides it', async () => {
  const root = writeProject({
    'manage.py': '',
    'requirements.txt': 'Django==1.11.29\n',
    'pyproject.toml': '[tool.djupgrade]\ncurrent = "2.2"\ntarget = "3.2"\nextend-exclude = ["legacy"]\n\n[tool.djupgrade.per-file-ignores]\n"*/old_urls.py" = ["conf-urls-url"]\n',
    'app/urls.py': urls,
  }, 'djls-config-');
  const client = new TestClient();
  try {
    await client.initialize(root);
    const diagnostics = await openAndCheck(client, path.join(root, 'app/urls.py'), urls);
    assert.equal(diagnostics[0].code, 'conf-urls-url');
    assert.equal(diagnostics[0].severity, 2, 'removed in 4.0: only deprecated at the configured 3.2 target');
    assert.deepEqual(versionsOf(client, path.join(root, 'app/urls.py')), {
      uri: `file://${root}/app/urls.py`, current: '2.2', currentSource: 'pyproject.toml [tool.djupgrade]', target: '3.2', targetSource: 'pyproject.toml [tool.djupgrade]',
    });
    // The same findings as the CLI for the same file.
    const cli = JSON.parse(djupgrade(['scan', 'app/urls.py', '--output-format', 'json'], root).stdout);
    assert.deepEqual(cli.findings.map((f: { line: number; rule: string }) => [f.line - 1, f.rule]), diagnostics.map((d) => [d.range.start.line, d.code]));
    assert.deepEqual(await openAndCheck(client, path.join(root, 'app/old_urls.py'), urls), [], 'per-file-ignores');
    assert.deepEqual(await openAndCheck(client, path.join(root, 'legacy/urls.py'), urls), [], 'a file the configuration excludes is not checked');

    // A setting the user set wins; one left empty does not.
    client.settings = { targetVersion: '5.2', select: [] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(() => versionsOf(client, path.join(root, 'app/urls.py'))?.target === '5.2', 'the new target');
    assert.equal(versionsOf(client, path.join(root, 'app/urls.py'))!.targetSource, 'djangoUpgrade setting');
    assert.equal(versionsOf(client, path.join(root, 'app/urls.py'))!.current, '2.2', 'current still from the file');
    await client.waitFor(() => client.diagnostics.get(`file://${root}/app/urls.py`)?.diagnostics[0]?.severity === 1, 'an error at 5.2');

    // Editing the configuration file takes effect without a restart.
    client.settings = {};
    fs.writeFileSync(path.join(root, 'pyproject.toml'), '[tool.djupgrade]\ntarget = "4.2"\n');
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${root}/pyproject.toml`, type: 2 }] });
    await client.waitFor(() => versionsOf(client, path.join(root, 'app/urls.py'))?.target === '4.2', 'the edited configuration');
    assert.equal(versionsOf(client, path.join(root, 'app/urls.py'))!.current, '1.11', 'current detected again');
  } finally {
    await client.stop();
  }
});

test('an open document follows the settings that decide whether it is checked, set and unset while it is typed in', async () => {
  // The server keeps what a document's checks take besides its text until the settings, the
  // projects or the folders change: each change must reach the next keystroke's check.
  const root = writeProject({ 'requirements.txt': 'Django==1.11.29\n', 'app/urls.py': urls }, 'djls-context-');
  const client = new TestClient();
  const uri = `file://${path.join(root, 'app/urls.py')}`;
  let version = 1;
  let text = urls;
  // Types one character at the end of the file and waits for the diagnostics of that version.
  const type = async () => {
    const line = text.split('\n').length - 1;
    text += '#';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '#' }] });
    return (await client.diagnosticsFor(uri, version)).length;
  };
  const reconfigure = async (settings: Record<string, unknown>, count: number, what: string) => {
    client.settings = settings;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.length === count, what);
    assert.equal(await type(), count, `${what}, then a keystroke`);
  };
  try {
    await client.initialize(root);
    const all = (await openAndCheck(client, path.join(root, 'app/urls.py'), urls)).length;
    assert.ok(all > 0);
    assert.equal(await type(), all);
    await reconfigure({ exclude: ['app/urls.py'] }, 0, 'excluded by djangoUpgrade.exclude');
    await reconfigure({}, all, 'no longer excluded');
    await reconfigure({ enable: false }, 0, 'turned off');
    await reconfigure({ enable: true }, all, 'turned on');
  } finally {
    await client.stop();
  }
});

test('a malformed configuration is a warning in the editor, and the rest still works', async () => {
  const root = writeProject({ 'djupgrade.toml': 'target = "4.3"\nselect = ["no-such-rule"]\n', 'app/urls.py': urls }, 'djls-badconfig-');
  const client = new TestClient();
  try {
    await client.initialize(root);
    const diagnostics = await openAndCheck(client, path.join(root, 'app/urls.py'), urls);
    assert.equal(diagnostics.length, 2);
    const warnings = () => client.logs.filter((line) => /djupgrade\.toml/.test(line));
    const shown = warnings();
    assert.ok(shown.some((m) => m.includes('djupgrade.toml:1: target: "4.3" is not a Django release')), JSON.stringify(shown));
    assert.ok(shown.some((m) => m.includes('unknown rule or category in djupgrade.toml select: no-such-rule')), JSON.stringify(shown));
    await openAndCheck(client, path.join(root, 'app/other.py'), urls);
    assert.equal(warnings().length, shown.length, 'each problem is reported once');
  } finally {
    await client.stop();
  }
});

test('multi-root: each folder has its own settings, asked for with its scopeUri', async () => {
  const legacy = writeProject({ 'requirements.txt': 'Django==1.11\n', 'shop/urls.py': urls }, 'djls-legacy-');
  const modern = writeProject({ 'requirements.txt': 'Django==3.2\n', 'blog/urls.py': urls }, 'djls-modern-');
  const client = new TestClient();
  client.settings = { targetVersion: '5.2' };
  client.folderSettings = { [legacy]: { targetVersion: '2.2' } };
  try {
    await client.initialize(legacy, undefined, [modern]);
    const inLegacy = await openAndCheck(client, path.join(legacy, 'shop/urls.py'), urls);
    const inModern = await openAndCheck(client, path.join(modern, 'blog/urls.py'), urls);
    assert.deepEqual([versionsOf(client, path.join(legacy, 'shop/urls.py'))!.target, versionsOf(client, path.join(modern, 'blog/urls.py'))!.target], ['2.2', '5.2']);
    assert.deepEqual(inLegacy, [], 'deprecated in 3.1, after the 2.2 target: not shown');
    assert.deepEqual(inModern.map((d) => [d.code, d.severity]), [['conf-urls-url', 1], ['conf-urls-url', 1]]);
    const scopes = new Set(client.configurationItems.filter((item) => item.section === 'djangoUpgrade').map((item) => item.scopeUri ?? null));
    assert.ok(scopes.has(`file://${legacy}`) && scopes.has(`file://${modern}`) && scopes.has(null), [...scopes].join(', '));
    // The workspace scan uses each folder's settings too.
    client.folderSettings = { [legacy]: { targetVersion: '2.2', ignore: ['conf-urls-url'] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: `file://${legacy}/shop/urls.py` } });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: `file://${modern}/blog/urls.py` } });
    const result = (await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {})) as { files: number; findings: number };
    assert.equal(result.files, 2);
    assert.equal(result.findings, 2, 'only the modern folder reports conf-urls-url');
  } finally {
    await client.stop();
  }
});

test('the workspace scan leaves out what the CLI leaves out, and files.exclude with VS Code globs', async () => {
  const repo = writeProject({
    '.gitignore': 'generated/\n',
    'site/manage.py': '',
    'site/pyproject.toml': '[tool.djupgrade]\nextend-exclude = ["legacy"]\n',
    'site/app/urls.py': urls,
    'site/app/generated/urls.py': urls,
    'site/legacy/urls.py': urls,
    'site/private/urls.py': urls,
    'site/build/urls.py': urls,
    'site/pkg/dist/urls.py': urls,
    'site/docs/urls.py': urls,
    'site/app/docs/urls.py': urls,
    'site/vendored/urls.py': urls,
  }, 'djls-exclude-');
  execFileSync('git', ['init', '-q'], { cwd: repo });
  fs.appendFileSync(path.join(repo, '.git', 'info', 'exclude'), 'private/\n');
  const root = path.join(repo, 'site');
  const client = new TestClient();
  client.settings = { exclude: ['vendored'] };
  client.filesExclude = { '**/{build,dist}': true, docs: true };
  try {
    await client.initialize(root);
    await client.connection.sendRequest('djangoUpgrade/scanWorkspace', {});
    const scanned = [...client.diagnostics.keys()].filter((uri) => client.diagnostics.get(uri)!.diagnostics.length).map((uri) => path.relative(root, uri.slice('file://'.length))).sort();
    assert.deepEqual(scanned, ['app/docs/urls.py', 'app/urls.py'], 'gitignore above the folder, info/exclude, extend-exclude, djangoUpgrade.exclude, files.exclude');
    // The CLI agrees, but for files.exclude, which is the editor's.
    const cli = JSON.parse(djupgrade(['scan', '--output-format', 'json'], root).stdout);
    assert.deepEqual([...new Set(cli.findings.map((f: { path: string }) => f.path))].sort(), ['app/docs/urls.py', 'app/urls.py', 'build/urls.py', 'docs/urls.py', 'pkg/dist/urls.py', 'vendored/urls.py']);
  } finally {
    await client.stop();
  }
});
