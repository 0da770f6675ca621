// A worker thread of `djupgrade scan`/`fix --jobs N` (check-workers.ts): its own engine and
// projects, loaded as soon as it starts; takes files from the run's shared queue, checks (and
// fixes) each, and posts back the outcome.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../engine/analyzer';
import { rules } from '../rules';
import { checkOneFile, Projects } from './check-command';
import { CheckWorkerData, CheckWorkerFiles, CheckWorkerMessage, sendOutcome, stopTaking, takeFiles } from './check-workers';

const { values, task } = workerData as CheckWorkerData;
const projects = new Projects(values);
const ready = Analyzer.create(rules);

parentPort!.on('message', async (run: CheckWorkerFiles) => {
  try {
    const analyzer = await ready;
    takeFiles(run, (index) => {
      parentPort!.postMessage({ type: 'outcome', index, outcome: sendOutcome(checkOneFile(analyzer, projects, run.files[index], task)) } satisfies CheckWorkerMessage);
    });
  } catch (error) {
    stopTaking(run); // the other threads stop too
    parentPort!.postMessage({ type: 'failed', message: (error as Error).stack ?? String(error) } satisfies CheckWorkerMessage);
  }
});
