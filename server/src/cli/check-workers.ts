// `djupgrade scan` and `fix` on all cores: the files are handed out in batches to worker threads
// (check-worker.ts, each with its own engine), and their outcomes are taken in the order of the
// files, so the output is the same as from one thread. Like the editor's workspace scan
// (project/workspace-scan.ts), but every core is used: nothing else waits on this process.
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

/** A finding as it crosses between threads: its rule by id. */
export type SentFinding = Omit<Finding, 'rule'> & { rule: string };

export type SentOutcome = Omit<FileOutcome, 'result'> & { result?: Omit<FileFindings, 'findings'> & { findings: SentFinding[] } };

export type CheckWorkerMessage = { type: 'outcome'; index: number; outcome: SentOutcome } | { type: 'done' } | { type: 'failed'; message: string };

export function sendOutcome(outcome: FileOutcome): SentOutcome {
  if (!outcome.result) return outcome as SentOutcome;
  return { ...outcome, result: { ...outcome.result, findings: outcome.result.findings.map((finding) => ({ ...finding, rule: finding.rule.id })) } };
}

function receiveOutcome(sent: SentOutcome): FileOutcome {
  if (!sent.result) return sent as FileOutcome;
  return { ...sent, result: { ...sent.result, findings: sent.result.findings.map((finding) => ({ ...finding, rule: ruleById(finding.rule)! })) } };
}

/** Files per batch: small enough to keep every thread busy to the end, large enough to be cheap to send. */
const batchSize = 16;
/** Below this many files per thread, starting a worker (its own engine and grammars) costs more than it saves. */
const filesPerWorker = 24;

/**
 * Checks `files` in up to `jobs` threads, calling `take` with each outcome in the order of the
 * files. With `local`, this thread is one of them (it has its engine loaded already): `jobs - 1`
 * workers start while it checks its first batches. Resolves false, having done nothing, when one
 * thread is as good (one job, few files) or the worker script is not there (running from the
 * sources rather than the build).
 */
export async function checkInWorkers(
  files: readonly string[],
  jobs: number,
  data: CheckWorkerData,
  take: (outcome: FileOutcome) => void,
  local: ((file: string) => FileOutcome) | null = null,
  workerScript = path.join(__dirname, 'check-worker.js'),
): Promise<boolean> {
  const count = Math.min(jobs, Math.floor(files.length / filesPerWorker));
  if (count < 2 || !fs.existsSync(workerScript)) return false;
  const outcomes = new Map<number, FileOutcome>();
  let taken = 0;
  let next = 0;
  const flush = () => {
    while (outcomes.has(taken)) {
      take(outcomes.get(taken)!);
      outcomes.delete(taken++);
    }
  };
  const nextBatch = () => {
    const batch = files.slice(next, next + batchSize).map((file, i) => ({ index: next + i, file }));
    next += batch.length;
    return batch;
  };
  let failed = false;
  const workers: Worker[] = [];
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerScript, { workerData: data });
      workers.push(worker);
      let pending = 0;
      const sendBatch = () => {
        const batch = failed ? [] : nextBatch();
        if (batch.length === 0) {
          if (pending === 0) void worker.terminate().then(() => resolve());
          return;
        }
        pending++;
        worker.postMessage(batch);
      };
      worker.on('message', (message: CheckWorkerMessage) => {
        if (message.type === 'outcome') {
          outcomes.set(message.index, receiveOutcome(message.outcome));
          flush();
        } else if (message.type === 'failed') {
          reject(new Error(message.message));
        } else {
          pending--;
          sendBatch();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code !== 0 && next < files.length ? reject(new Error(`a check worker exited with code ${code}`)) : undefined));
      // Two batches in flight: the next one is there when a batch ends, even while this thread is
      // busy with its own and cannot answer at once.
      sendBatch();
      sendBatch();
    });
  const runLocal = async (check: (file: string) => FileOutcome) => {
    for (let batch = nextBatch(); batch.length && !failed; batch = nextBatch()) {
      for (const { index, file } of batch) outcomes.set(index, check(file));
      flush();
      // Lets the workers' messages in (their outcomes, and their requests for more files).
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([...Array.from({ length: local ? count - 1 : count }, runWorker), ...(local ? [runLocal(local)] : [])]);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  flush();
  if (taken !== files.length) throw new Error(`the check workers returned ${taken} of ${files.length} files`);
  return true;
}
