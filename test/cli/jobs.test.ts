// `--jobs N`: scan and fix in worker threads give exactly what one thread gives (the output in
// every format, the messages on standard error, the exit code, the files fix writes), on a
// project large enough to be spread over several workers: the sample project copied five times
// into one, with a file that is skipped (binary) and one that cannot be written back (Shift JIS).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkInWorkers, CheckWorkers } from '../../server/src/cli/check-workers';
import type { FileOutcome } from '../../server/src/cli/check-command';
import { djupgrade } from '../helpers/cli';
import { repoRoot } from '../helpers/lsp-client';
import { writeProject } from '../helpers/project-files';

const sample = path.join(repoRoot, 'examples', 'legacy-site');

function bigProject(): string {
  const files: Record<string, string | Buffer> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(py|html)$/.test(entry.name)) {
        const relative = path.relative(sample, full);
        for (let copy = 0; copy < 5; copy++) files[copy === 0 ? relative : relative.replace(/^(shop|blog)\//, `$1${copy}/`)] = fs.readFileSync(full);
      }
    }
  };
  walk(sample);
  files['manage.py'] = fs.readFileSync(path.join(sample, 'manage.py'));
  files['shop/binary.py'] = Buffer.from([0x66, 0x00, 0x01]);
  files['shop/jp.py'] = Buffer.concat([Buffer.from('# -*- coding: shift_jis -*-\nfrom django.utils.encoding import force_text\nNAME = force_text("'), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('")\n')]);
  return writeProject(files as Record<string, string>, 'djupgrade-jobs-');
}

function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return out;
}

test('scan in worker threads: the same output, messages and exit code as in one thread', () => {
  const dir = bigProject();
  assert.ok(Object.keys(treeOf(dir)).length > 150, 'enough files for several workers');
  for (const format of ['json', 'text', 'sarif']) {
    const one = djupgrade(['scan', '.', '--current', '1.11', '--select', 'all', '--output-format', format, '--jobs', '1'], dir);
    const three = djupgrade(['scan', '.', '--current', '1.11', '--select', 'all', '--output-format', format, '--jobs', '3'], dir);
    assert.equal(one.code, 1, one.stderr);
    assert.deepEqual(three, one, format);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('fix and fix --diff in worker threads: the same files written, diffs and messages as in one thread', () => {
  const one = bigProject();
  const three = bigProject();
  const diffOne = djupgrade(['fix', '.', '--current', '2.2', '--diff', '--jobs', '1'], one);
  const diffThree = djupgrade(['fix', '.', '--current', '2.2', '--diff', '--jobs', '3'], three);
  assert.ok(diffOne.stdout.includes('+++ b/shop3/'), 'the diff covers the copies');
  assert.deepEqual(diffThree, diffOne);
  const fixOne = djupgrade(['fix', '.', '--current', '2.2', '--jobs', '1'], one);
  const fixThree = djupgrade(['fix', '.', '--current', '2.2', '--jobs', '3'], three);
  assert.match(fixOne.stderr, /not fixed shop\/jp\.py/);
  assert.match(fixOne.stderr, /skipped shop\/binary\.py/);
  assert.deepEqual(fixThree, fixOne);
  assert.deepEqual(treeOf(three), treeOf(one));
  for (const dir of [one, three]) fs.rmSync(dir, { recursive: true, force: true });
});

test('the workers do run: outcomes in the order of the files, from the built worker', async () => {
  const dir = bigProject();
  const files = Object.keys(treeOf(dir)).filter((f) => f.endsWith('.py')).sort().map((f) => path.join(dir, f));
  const seen: FileOutcome[] = [];
  const task = { command: 'scan' as const, cwd: dir, maxBytes: 2_000_000, diff: false, unsafeFixes: false };
  const used = await checkInWorkers(files, 2, { values: { current: '1.11' }, task }, (outcome) => seen.push(outcome), null, path.join(repoRoot, 'dist', 'check-worker.js'));
  assert.equal(used, true);
  assert.deepEqual(seen.map((o) => o.file), files);
  assert.ok(seen.some((o) => o.result && o.result.findings.length > 0 && o.result.findings[0].rule.id), 'findings come back with their rules');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('this thread checks files beside the workers: every outcome once, in the order of the files', async () => {
  const dir = bigProject();
  const files = Object.keys(treeOf(dir)).filter((f) => f.endsWith('.py')).sort().map((f) => path.join(dir, f));
  const seen: string[] = [];
  const here: string[] = [];
  const task = { command: 'scan' as const, cwd: dir, maxBytes: 2_000_000, diff: false, unsafeFixes: false };
  // Slow enough (50 ms a file) that the worker, once started, takes files from the queue too.
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const local = (file: string): FileOutcome => {
    here.push(file);
    Atomics.wait(pause, 0, 0, 50);
    return { file, log: [], changed: false };
  };
  const used = await checkInWorkers(files, 2, { values: { current: '1.11' }, task }, (outcome) => seen.push(outcome.file), local, path.join(repoRoot, 'dist', 'check-worker.js'));
  assert.equal(used, true);
  assert.deepEqual(seen, files);
  assert.ok(here.length > 0 && here.length < files.length, `this thread checked ${here.length} of ${files.length} files`);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('workers started for a run with few files are stopped, and this thread checks them', async () => {
  const task = { command: 'scan' as const, cwd: sample, maxBytes: 2_000_000, diff: false, unsafeFixes: false };
  const workers = CheckWorkers.start(3, { values: { current: '1.11' }, task }, path.join(repoRoot, 'dist', 'check-worker.js'));
  const files = [path.join(sample, 'manage.py')];
  assert.equal(await workers.check(files, () => assert.fail('nothing is taken'), (file) => ({ file, log: [], changed: false })), false);
});

test('--jobs takes a positive number', () => {
  const run = djupgrade(['scan', '.', '--jobs', '0'], sample);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--jobs must be a positive number of threads, not "0"/);
});
