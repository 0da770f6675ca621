// The npm tarball: `npm pack` builds the bundles first (prepack) and ships them, so the `djupgrade`
// command of the installed tarball works, through `npx --package=<tarball>` and through `npx` in a
// project that installed it. Both must find what the build's own CLI finds in the sample project.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { findingsOf, lspRoundTrip, referenceScan, run, runOk, sampleCopy, ScanJson, stageWorkingTree, tempDir } from './helpers';

describe('the npm tarball', () => {
  let tarball: string;
  let files: string[];
  let reference: ScanJson;
  let sample: string;
  // npm's cache and npx's installs stay out of the user's ~/.npm.
  const npmEnv = () => ({ ...process.env, npm_config_cache: path.join(tempDir('npm-cache')), npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });

  before(() => {
    const stage = stageWorkingTree();
    assert.ok(!fs.existsSync(path.join(stage, 'dist')), 'the stage starts without a build');
    const out = tempDir('npm-pack');
    const packed = runOk('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, env: npmEnv() });
    const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string; mode: number }> }>;
    tarball = path.join(out, info[0].filename);
    files = info[0].files.map((f) => f.path).sort();
    sample = sampleCopy();
    reference = referenceScan(path.join(stage, 'bin', 'djupgrade.js'), sample);
    assert.ok(reference.findings.length > 60);
  });

  test('it ships the command, the bundles and the grammars, and no sources, tests or source maps', () => {
    for (const file of ['bin/djupgrade.js', 'dist/cli.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-python.wasm', 'dist/tree-sitter-django_template.wasm', 'package.json', 'README.md', 'LICENSE']) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
    assert.deepEqual(files.filter((f) => /\.map$|\.ts$|^(server|client|test|scripts|examples|grammars)\//.test(f)), []);
  });

  test('`npx --package=<tarball> djupgrade scan` in the sample project finds what the build finds', () => {
    const ran = run('npx', ['--yes', `--package=${tarball}`, 'djupgrade', 'scan', '--format', 'json', '.'], { cwd: sample, env: npmEnv() });
    assert.deepEqual(findingsOf(ran, 'npx djupgrade scan'), reference);
  });

  test('installed into a project, `npx djupgrade scan` and `djupgrade server --stdio` work', async () => {
    const project = tempDir('npm-project');
    fs.cpSync(sample, project, { recursive: true });
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'site', private: true }));
    runOk('npm', ['install', '--no-save', tarball], { cwd: project, env: npmEnv() });
    const ran = run('npx', ['--no', 'djupgrade', 'scan', '--format', 'json', '.'], { cwd: project, env: npmEnv() });
    const found = findingsOf(ran, 'npx djupgrade scan');
    assert.deepEqual(found.findings.filter((f) => !f.path.startsWith('node_modules/')), reference.findings);
    const text = run('npx', ['--no', 'djupgrade', 'scan', 'legacysite/urls.py'], { cwd: project, env: npmEnv() });
    assert.equal(text.code, 1);
    assert.match(text.stdout, /legacysite\/urls\.py:2:\d+.*conf-urls-url/);
    const server = await lspRoundTrip(path.join(project, 'node_modules', '.bin', 'djupgrade'), ['server', '--stdio'], project, 'legacysite/urls.py');
    assert.equal(server.name, 'Django Upgrade');
    assert.ok(server.rules.includes('conf-urls-url'), server.rules.join(', '));
  });
});
