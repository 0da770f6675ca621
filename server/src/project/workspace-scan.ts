// The workspace scan: spreads the files over worker threads (each with its own engine) and
// reports each file's findings as they arrive. Cancellation stops handing out files at once and
// terminates the workers.
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PositionedFinding } from '../../../common/protocol';
import type { ScanRequest, WorkerMessage } from './scan-protocol';

export interface ScanCallbacks {
  onFile(file: string, findings: PositionedFinding[]): void;
  onSkipped(file: string, reason: string): void;
  isCancelled(): boolean;
}

/** How many workers: leave a core to the server's main thread and the editor. */
export function workerCount(files: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores - 1, Math.ceil(files / 50)));
}

/** Scans `files` in worker threads; resolves with the number of files checked (fewer if cancelled). */
export async function scanInWorkers(files: string[], request: Omit<ScanRequest, 'files'>, callbacks: ScanCallbacks, workerScript = path.join(__dirname, 'scan-worker.js')): Promise<number> {
  const count = workerCount(files.length);
  const batchSize = 25;
  let next = 0;
  let checked = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerScript);
      const sendBatch = () => {
        if (callbacks.isCancelled() || next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const batch = files.slice(next, next + batchSize);
        next += batch.length;
        worker.postMessage({ ...request, files: batch } satisfies ScanRequest);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'file') {
          checked++;
          if (!callbacks.isCancelled()) callbacks.onFile(message.file, message.findings);
        } else if (message.type === 'skipped') {
          checked++;
          callbacks.onSkipped(message.file, message.reason);
        } else {
          sendBatch();
        }
      });
      worker.on('error', reject);
      sendBatch();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  return checked;
}
