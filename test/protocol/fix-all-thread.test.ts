// The server's fix-all thread (language-server/fix-all-thread.ts) on its own: the worker's text is
// `Analyzer.fix`'s with the same options (the enabled rules travel as ids); where the worker cannot
// help (no script, it fails to start, it is not ready in time, it dies on a job) the fix-all is
// computed in place and the log says why; a job stopped before it starts gives null.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { Analyzer, FileInput } from '../../server/src/engine/analyzer';
import type { LintOptions } from '../../server/src/engine/lint';
import { FixAllThread } from '../../server/src/language-server/fix-all-thread';
import { rules } from '../../server/src/rules';
import { repoRoot, temporaryWorkspace } from '../helpers/lsp-client';

const script = path.join(repoRoot, 'dist', 'fix-all-worker.js');
const text = fs.readFileSync(path.join(repoRoot, 'examples', 'legacy-site', 'shop', 'models.py'), 'utf8');
const input: FileInput = { language: 'python', path: 'shop/models.py', text, fileKinds: new Set() };
const everything: LintOptions = { current: '1.11', target: '4.2', showFuture: false, isEnabled: () => true };
const running = () => new CancellationTokenSource().token;

/** Worker scripts that misbehave, each in a file of its own. */
const misbehaving = temporaryWorkspace({
  'throws.js': "throw new Error('no engine here');\n",
  'never-ready.js': "setInterval(() => {}, 1000);\n",
  'dies-on-a-job.js': "const { parentPort } = require('node:worker_threads');\nparentPort.postMessage({ type: 'ready' });\nparentPort.on('message', () => process.exit(3));\n",
});

describe('fix-all thread', () => {
  let analyzer: Analyzer;
  const threads: FixAllThread[] = [];
  const thread = (scriptPath: string, log: string[], startMs?: number) => {
    const made = new FixAllThread(rules, (message) => log.push(message), scriptPath, startMs);
    threads.push(made);
    return made;
  };
  const inPlace = (options: LintOptions, calls: string[]) => () => {
    calls.push('in place');
    return analyzer.fix(input, options).text;
  };

  before(async () => {
    assert.ok(fs.existsSync(script), 'dist/fix-all-worker.js: run the build first');
    analyzer = await Analyzer.create(rules);
  });
  after(() => {
    for (const made of threads) made.dispose();
  });

  test('the worker gives Analyzer.fix\'s text, with the same rules enabled', async () => {
    const log: string[] = [];
    const calls: string[] = [];
    const worker = thread(script, log);
    const all = await worker.fix(input, everything, false, running(), inPlace(everything, calls));
    assert.equal(all, analyzer.fix(input, everything).text);
    assert.notEqual(all, text, 'the sample has fixes');
    // Without the rule of one fix the whole-file text is another, and still the engine's.
    const fixedRule = analyzer.lint(input, everything).find((f) => f.fix?.safety === 'safe' && f.fix.supported)!.rule.id;
    const fewer: LintOptions = { ...everything, isEnabled: (rule) => rule.id !== fixedRule };
    const some = await worker.fix(input, fewer, false, running(), inPlace(fewer, calls));
    assert.equal(some, analyzer.fix(input, fewer).text);
    assert.notEqual(some, all);
    assert.deepEqual(calls, [], 'nothing computed in place');
    assert.deepEqual(log, []);
  });

  test('a job stopped before it starts gives null', async () => {
    const source = new CancellationTokenSource();
    source.cancel();
    const calls: string[] = [];
    assert.equal(await thread(script, []).fix(input, everything, false, source.token, inPlace(everything, calls)), null);
    assert.deepEqual(calls, []);
  });

  test('no worker script: in place, said once', async () => {
    const log: string[] = [];
    const calls: string[] = [];
    const missing = thread(path.join(misbehaving, 'missing.js'), log);
    for (let i = 0; i < 2; i++) assert.equal(await missing.fix(input, everything, false, running(), inPlace(everything, calls)), analyzer.fix(input, everything).text);
    assert.deepEqual(calls, ['in place', 'in place']);
    assert.equal(log.length, 1);
    assert.match(log[0], /no worker script .*missing\.js; fix-all is computed on the main thread/);
  });

  test('a worker that fails to start: in place, and not started again', async () => {
    const log: string[] = [];
    const calls: string[] = [];
    const failing = thread(path.join(misbehaving, 'throws.js'), log);
    for (let i = 0; i < 2; i++) assert.equal(await failing.fix(input, everything, false, running(), inPlace(everything, calls)), analyzer.fix(input, everything).text);
    assert.deepEqual(calls, ['in place', 'in place']);
    assert.equal(log.filter((line) => /the worker thread failed to start: .*no engine here/.test(line)).length, 2, log.join('\n'));
  });

  test('a worker not ready in time: in place, and so are the next while it starts', async () => {
    const log: string[] = [];
    const calls: string[] = [];
    const slow = thread(path.join(misbehaving, 'never-ready.js'), log, 50);
    for (let i = 0; i < 2; i++) assert.equal(await slow.fix(input, everything, false, running(), inPlace(everything, calls)), analyzer.fix(input, everything).text);
    assert.deepEqual(calls, ['in place', 'in place']);
    assert.equal(log.filter((line) => /the worker thread was not ready after 0\.05 s; computing shop\/models\.py in place/.test(line)).length, 2, log.join('\n'));
  });

  test('a job that cannot be sent to the worker: in place', async () => {
    const log: string[] = [];
    const calls: string[] = [];
    // A function among the libraries' versions: structured clone refuses it.
    const unsendable = { ...everything, libraries: new Map([['celery', { current: null, target: '5.3', toString: () => 'celery' }]]) };
    assert.equal(await thread(script, log).fix(input, unsendable, false, running(), inPlace(unsendable, calls)), analyzer.fix(input, unsendable).text);
    assert.deepEqual(calls, ['in place']);
    assert.match(log.join('\n'), /the worker thread failed on shop\/models\.py: the job could not be sent: .*; computing shop\/models\.py in place/);
  });

  test('a worker that dies on a job: that job in place, and a new worker for the next', async () => {
    const log: string[] = [];
    const calls: string[] = [];
    const dying = thread(path.join(misbehaving, 'dies-on-a-job.js'), log);
    for (let i = 0; i < 2; i++) assert.equal(await dying.fix(input, everything, false, running(), inPlace(everything, calls)), analyzer.fix(input, everything).text);
    assert.deepEqual(calls, ['in place', 'in place']);
    // Each job found a worker (the second a new one), which died on it.
    assert.equal(log.filter((line) => /the worker thread ended: it exited with code 3/.test(line)).length, 2, log.join('\n'));
    assert.equal(log.filter((line) => /computing shop\/models\.py in place/.test(line)).length, 2, log.join('\n'));
  });
});
