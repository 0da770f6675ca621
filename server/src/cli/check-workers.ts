// `djupgrade scan` and `fix` on all cores: worker threads (check-worker.ts, each with its own
// engine) and this thread take the files from one shared queue, and their outcomes are taken in
// the order of the files, so the output is the same as from one thread. Like the editor's
// workspace scan (project/workspace-scan.ts), but every core is used: nothing else waits on this
// process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileFindings } from './output-formats';
import type { FileOutcome, FileTask } from './check-command';
import type { ParsedCommand } from './arguments';
import { ruleById } from '../rules';
import type { Finding } from '../engine/types';

/** What a worker is started with. */
export interface CheckWorkerData {
  values: ParsedCommand['values'];
  task: FileTask;
}

/**
 * The files of a run, sent once to every worker: each thread takes the next file by adding one to
 * `next` (an Int32 in shared memory), so no thread waits for another to hand it work.
 */
export interface CheckWorkerFiles {
  files: readonly string[];
  next: SharedArrayBuffer;
}

/** A finding as it crosses between threads: its rule by id. */
export type SentFinding = Omit<Finding, 'rule'> & { rule: string };

export type SentOutcome = Omit<FileOutcome, 'result'> & { result?: Omit<FileFindings, 'findings'> & { findings: SentFinding[] } };

export type CheckWorkerMessage = { type: 'outcome'; index: number; outcome: SentOutcome } | { type: 'failed'; message: string };

export function sendOutcome(outcome: FileOutcome): SentOutcome {
  if (!outcome.result) return outcome as SentOutcome;
  return { ...outcome, result: { ...outcome.result, findings: outcome.result.findings.map((finding) => ({ ...finding, rule: finding.rule.id })) } };
}

function receiveOutcome(sent: SentOutcome): FileOutcome {
  if (!sent.result) return sent as FileOutcome;
  return { ...sent, result: { ...sent.result, findings: sent.result.findings.map((finding) => ({ ...finding, rule: ruleById(finding.rule)! })) } };
}

/** Below this many files per thread, a worker (its own engine and grammars) costs more than it saves. */
export const filesPerThread = 24;

/**
 * Takes the next file index from the shared queue until none is left, calling `check` with each
 * (the same loop in every thread).
 */
export function takeFiles(run: CheckWorkerFiles, check: (index: number) => void): void {
  const next = new Int32Array(run.next);
  for (let index = Atomics.add(next, 0, 1); index < run.files.length; index = Atomics.add(next, 0, 1)) check(index);
}

/** Empties the queue: every thread stops after the file it is checking. */
export function stopTaking(run: CheckWorkerFiles): void {
  Atomics.store(new Int32Array(run.next), 0, run.files.length);
}

/**
 * Worker threads for one run, started before the files are known so that their start-up (the
 * bundle, the catalogue, the grammars: about as long as this thread's own) overlaps this
 * thread's. `check` then shares the files among them and this thread.
 */
export class CheckWorkers {
  private constructor(private workers: Worker[]) {}

  /** Starts `count` workers, or none when the worker script is not there (running from the sources rather than the build). */
  static start(count: number, data: CheckWorkerData, workerScript = path.join(__dirname, 'check-worker.js')): CheckWorkers {
    if (count < 1 || !fs.existsSync(workerScript)) return new CheckWorkers([]);
    // unref: a run that ends early (a usage error) does not wait for them.
    return new CheckWorkers(
      Array.from({ length: count }, () => {
        const worker = new Worker(workerScript, { workerData: data });
        worker.unref();
        return worker;
      }),
    );
  }

  /**
   * Checks `files`, calling `take` with each outcome in the order of the files. With `local`,
   * this thread checks files too (it has its engine loaded already). Uses only as many workers
   * as the files are worth (one thread for fewer than 48 files) and stops the rest. Resolves
   * false, having done nothing, when one thread is as good or no worker was started.
   */
  async check(files: readonly string[], take: (outcome: FileOutcome) => void, local: ((file: string) => FileOutcome) | null = null): Promise<boolean> {
    const useful = Math.max(0, Math.floor(files.length / filesPerThread) - (local ? 1 : 0));
    await Promise.all(this.workers.splice(useful).map((worker) => worker.terminate()));
    if (this.workers.length === 0) return false;
    const run: CheckWorkerFiles = { files, next: new SharedArrayBuffer(4) };
    const outcomes = new Map<number, FileOutcome>();
    let taken = 0;
    const flush = () => {
      while (outcomes.has(taken)) {
        take(outcomes.get(taken)!);
        outcomes.delete(taken++);
      }
    };
    let failure: Error | null = null;
    let finished: () => void = () => {};
    const done = new Promise<void>((resolve) => (finished = resolve));
    const fail = (error: Error) => {
      failure ??= error;
      stopTaking(run);
      finished();
    };
    const received = (index: number, outcome: FileOutcome) => {
      outcomes.set(index, outcome);
      flush();
      if (taken === files.length) finished();
    };
    for (const worker of this.workers) {
      worker.ref(); // the run waits for its outcomes
      worker.on('message', (message: CheckWorkerMessage) => {
        if (message.type === 'outcome') received(message.index, receiveOutcome(message.outcome));
        else fail(new Error(message.message));
      });
      worker.on('error', fail);
      worker.on('exit', (code) => (taken < files.length ? fail(new Error(`a check worker exited with code ${code}`)) : undefined));
      worker.postMessage(run);
    }
    try {
      // This thread takes files without a pause: the workers' outcomes wait in their ports, and a
      // worker that is still starting finds the queue empty.
      if (local) takeFiles(run, (index) => received(index, local(files[index])));
      if (taken < files.length) await done;
      if (failure) throw failure;
    } finally {
      await this.stop();
    }
    if (taken !== files.length) throw new Error(`the check workers returned ${taken} of ${files.length} files`);
    return true;
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((worker) => worker.terminate()));
  }
}

/**
 * Checks `files` in up to `jobs` threads (this one among them with `local`), calling `take` with
 * each outcome in the order of the files; false, having done nothing, when one thread is as good.
 */
export async function checkInWorkers(
  files: readonly string[],
  jobs: number,
  data: CheckWorkerData,
  take: (outcome: FileOutcome) => void,
  local: ((file: string) => FileOutcome) | null = null,
  workerScript?: string,
): Promise<boolean> {
  const workers = CheckWorkers.start(local ? jobs - 1 : jobs, data, workerScript);
  return workers.check(files, take, local);
}
