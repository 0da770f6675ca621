// The editor conventions the client's manifest promises: version settings offered from the list of
// real Django releases, `djangoUpgrade.trace.server` (read by vscode-languageclient under the
// client's id), a command for every contribution and the reverse, and terminateProcess.sh beside
// the client bundle, which kills a server that no longer answers. The editor itself is exercised
// by test/e2e (Show Logs, the trace, a hung server killed on restart).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as protocol from '../../common/protocol';
import { versionChoices, versionSettings } from '../../scripts/manifest-versions';
import { djangoReleases, ltsReleases } from '../../server/src/versions/django-version';
import { repoRoot } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, Record<string, unknown>>;
const clientSource = fs.readFileSync(path.join(repoRoot, 'client', 'src', 'extension.ts'), 'utf8');

test('current and target versions are chosen from the Django releases (package.json is what `npm run docs` writes)', () => {
  for (const setting of versionSettings) {
    const property = properties[setting];
    assert.deepEqual({ enum: property.enum, enumDescriptions: property.enumDescriptions }, versionChoices(setting), `${setting}: run \`npx tsx scripts/manifest-versions.ts\``);
    assert.deepEqual(property.enum, ['', ...djangoReleases]);
    assert.equal(property.default, '');
  }
  const { enumDescriptions } = versionChoices('djangoUpgrade.targetVersion');
  assert.equal(enumDescriptions[djangoReleases.indexOf('4.2') + 1], 'Django 4.2 LTS: security fixes until April 2026.');
  assert.equal(enumDescriptions[djangoReleases.indexOf('5.1') + 1], 'Django 5.1: security fixes until December 2025.');
  assert.equal(enumDescriptions.filter((d) => /^Django [\d.]+ LTS/.test(d)).length, ltsReleases.length);
});

test('djangoUpgrade.trace.server is declared for the client id vscode-languageclient reads it under', () => {
  assert.deepEqual(properties['djangoUpgrade.trace.server'].enum, ['off', 'messages', 'verbose']);
  assert.equal(properties['djangoUpgrade.trace.server'].default, 'off');
  // The client (client/src/server-client.ts) is vscode-languageclient's LanguageClient under that id.
  const languageClient = fs.readFileSync(path.join(repoRoot, 'client', 'src', 'server-client.ts'), 'utf8');
  assert.match(languageClient, /class ServerClient extends LanguageClient\b/);
  assert.match(languageClient, /super\('djangoUpgrade',/);
  assert.match(clientSource, /new ServerClient\(/);
});

test('every contributed command is registered by the client, and every registered one contributed', () => {
  const contributed = (manifest.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
  // Every client module; a command named by a constant of common/protocol.ts counts by its value.
  const clientDir = path.join(repoRoot, 'client', 'src');
  const sources = fs.readdirSync(clientDir).map((name) => fs.readFileSync(path.join(clientDir, name), 'utf8')).join('\n');
  const constants = protocol as unknown as Record<string, unknown>;
  const registered = [...sources.matchAll(/registerCommand\((?:'([^']+)'|(\w+))/g)].map((m) => m[1] ?? String(constants[m[2]])).sort();
  assert.deepEqual(registered, contributed);
  assert.ok(contributed.includes('djangoUpgrade.showLogs'));
});

test('the client bundle runs terminateProcess.sh from its own folder, where the build puts it, executable', () => {
  const dist = path.join(repoRoot, 'dist');
  assert.ok(fs.existsSync(path.join(dist, 'client.js')), 'dist/client.js: run `npm run build`');
  assert.match(fs.readFileSync(path.join(dist, 'client.js'), 'utf8'), /join\)\(__dirname, "terminateProcess\.sh"\)/);
  const mode = fs.statSync(path.join(dist, 'terminateProcess.sh')).mode;
  assert.equal(mode & 0o111, 0o111, `mode ${mode.toString(8)}`);
  assert.ok(fs.readFileSync(path.join(dist, 'terminateProcess.sh')).equals(fs.readFileSync(path.join(repoRoot, 'node_modules/vscode-languageclient/lib/node/terminateProcess.sh'))));
});

test('terminateProcess.sh kills a stopped process and its children, as the client does with a hung server', async () => {
  // A "server" that ignores SIGTERM and has a child of its own, then stops answering (SIGSTOP).
  const server = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); const c = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000);"], { stdio: ['ignore', 'pipe', 'inherit'] });
  const child = await new Promise<number>((resolve) => server.stdout!.once('data', (data) => resolve(Number(String(data).trim()))));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => server.on('exit', (_code, signal) => resolve(signal)));
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return !/^\S+\s+\S+\s+Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/\(.*\)/, 'name')); // a zombie is gone
    } catch {
      return false;
    }
  };
  try {
    process.kill(server.pid!, 'SIGSTOP');
    const result = spawn(path.join(repoRoot, 'dist', 'terminateProcess.sh'), [String(server.pid)], { stdio: 'inherit' });
    assert.equal(await new Promise((resolve) => result.on('exit', resolve)), 0);
    assert.equal(await exited, 'SIGKILL');
    for (let i = 0; i < 100 && alive(child); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(!alive(child), `the server's child ${child} is gone too`);
  } finally {
    for (const pid of [server.pid!, child]) if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
});
