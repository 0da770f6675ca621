// The language server's fix-all thread: computes fix-all edits with its own engine, so that the
// server's main thread answers other requests meanwhile (a 5,640-line module with 181 fixes is
// about half a second to over a second of CPU). Started by fix-all-thread.ts; one job at a time,
// in the order they come.
import { parentPort } from 'node:worker_threads';
import { Analyzer } from '../engine/analyzer';
import { rules } from '../rules';
import { FixAllJob, FixAllReply, receivedOptions } from './fix-all-protocol';

class Stopped extends Error {}

const port = parentPort!;
const ready = Analyzer.create(rules);
void ready.then(() => port.postMessage({ type: 'ready' } satisfies FixAllReply));

port.on('message', async (job: FixAllJob) => {
  const analyzer = await ready;
  const stop = () => {
    if (Atomics.load(job.stop, 0) !== 0) throw new Stopped();
  };
  let reply: FixAllReply;
  try {
    stop();
    // `Analyzer.fix` itself, with its lints and problem counts (a parse each) first asking whether
    // the job was stopped: cancelling then costs at most one of them, and the result is the one
    // `Analyzer.fix` gives everywhere else.
    const stoppable: Analyzer = Object.create(analyzer, {
      lint: { value: (...args: Parameters<Analyzer['lint']>) => (stop(), analyzer.lint(...args)) },
      problemCount: { value: (...args: Parameters<Analyzer['problemCount']>) => (stop(), analyzer.problemCount(...args)) },
    });
    const skipped: string[] = [];
    const fixed = stoppable.fix(job.input, receivedOptions(job.options, skipped), job.unsafe);
    reply = { type: 'fixed', id: job.id, text: fixed.text, skipped };
  } catch (error) {
    reply = error instanceof Stopped ? { type: 'stopped', id: job.id } : { type: 'failed', id: job.id, message: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
});
