// A worker thread of `djupgrade scan`/`fix --jobs N` (check-workers.ts): its own engine and
// projects; checks (and fixes) each file it is sent and posts back the outcome.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../engine/analyzer';
import { rules } from '../rules';
import { checkOneFile, Projects } from './check-command';
import { CheckWorkerData, CheckWorkerMessage, sendOutcome } from './check-workers';

const { values, task } = workerData as CheckWorkerData;
const projects = new Projects(values);
const ready = Analyzer.create(rules);

parentPort!.on('message', async (batch: Array<{ index: number; file: string }>) => {
  try {
    const analyzer = await ready;
    for (const { index, file } of batch) {
      parentPort!.postMessage({ type: 'outcome', index, outcome: sendOutcome(checkOneFile(analyzer, projects, file, task)) } satisfies CheckWorkerMessage);
    }
    parentPort!.postMessage({ type: 'done' } satisfies CheckWorkerMessage);
  } catch (error) {
    parentPort!.postMessage({ type: 'failed', message: (error as Error).stack ?? String(error) } satisfies CheckWorkerMessage);
  }
});
