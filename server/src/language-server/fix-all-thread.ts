// Fix-all off the server's main thread: `Analyzer.fix` of a long file is about a second of CPU
// (5,640 lines, 181 fixes: 0.4–1.3 s a request on the 2-core VM), during which the server answered nothing:
// no hover, no code action, no diagnostics after an edit. A worker thread (fix-all-worker.ts, its
// own engine, as the workspace scan's and `djupgrade fix --jobs`'s) computes it instead. A worker
// rather than steps on the main thread: the lint options can be sent (their one function,
// `isEnabled`, as the enabled rules' ids: `sendableOptions`), the result is `Analyzer.fix`'s own,
// and a worker is ready in about 0.2 s; the server's resident memory is 35–55 MB more while it
// lives (measured there, after 2–5 fix-alls of that file).
//
// The worker starts at the first fix-all and ends after `idleMs` without one: its engine and the
// wasm memory of the longest file it parsed (which never shrinks) are not kept for nothing. Where
// it cannot help (its script is missing, it fails to start, it is not ready within `startMs`, it
// dies or fails on a job), the fix-all is computed in place, as before, and the log says so.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileInput } from '../engine/analyzer';
import type { LintOptions } from '../engine/lint';
import type { Rule } from '../engine/types';
import { FixAllJob, FixAllReply, sendableOptions } from './fix-all-protocol';

/** How the caller can stop a fix-all it no longer wants (an LSP request's token has this shape). */
export interface StopSignal {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/** Told the worker's reply to a job, or null when the worker ended without one. */
type Waiting = (reply: FixAllReply | null) => void;

export class FixAllThread {
  private worker: Worker | null = null;
  /** Resolves true once the current worker's engine is loaded; false if it failed first. */
  private ready: Promise<boolean> | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  /** Why fix-all is computed in place for the rest of the session (the worker could not start). */
  private unusable: string | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Whether the current worker's engine is loaded. */
  private loaded = false;
  /** Whether a fix-all gave up waiting for the current worker to load (`startMs`). */
  private late = false;

  constructor(
    private readonly rules: readonly Rule<any>[],
    private readonly log: (message: string) => void,
    private readonly script = path.join(__dirname, 'fix-all-worker.js'),
    private readonly startMs = 10_000,
    private readonly idleMs = 60_000,
  ) {}

  /**
   * The text `Analyzer.fix` gives for `input`: computed by the worker, or by `inPlace` where the
   * worker cannot help. Null when `signal` stopped it first.
   */
  async fix(input: FileInput, options: LintOptions, unsafe: boolean, signal: StopSignal, inPlace: () => string): Promise<string | null> {
    if (signal.isCancellationRequested) return null;
    const ready = this.start();
    if (!ready) return inPlace();
    // Once one fix-all has waited `startMs` for this worker, the next ones do not wait again.
    let started: boolean | 'late' = this.late ? 'late' : true;
    if (!this.loaded && !this.late) {
      let timer: NodeJS.Timeout | undefined;
      started = await Promise.race([ready, new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.startMs)))]);
      clearTimeout(timer);
      if (started === 'late') this.late = true;
    }
    if (signal.isCancellationRequested) return this.outcome({ type: 'stopped', id: 0 }, input, inPlace);
    if (started !== true) {
      this.log(started === 'late' ? `fix-all: the worker thread was not ready after ${this.startMs / 1000} s; computing ${input.path} in place` : `fix-all: computing ${input.path} in place (${this.unusable})`);
      return inPlace();
    }
    const worker = this.worker;
    if (!worker) return this.outcome(null, input, inPlace); // it ended as it became ready
    const job: FixAllJob = { id: this.nextId++, input, options: sendableOptions(options, this.rules), unsafe, stop: new Int32Array(new SharedArrayBuffer(4)) };
    const stopping = signal.onCancellationRequested(() => Atomics.store(job.stop, 0, 1));
    try {
      const reply = await new Promise<FixAllReply | null>((done) => {
        if (this.idleTimer) clearTimeout(this.idleTimer);
        this.idleTimer = null;
        try {
          worker.postMessage(job);
        } catch (error) {
          if (this.waiting.size === 0) this.idle(worker);
          done({ type: 'failed', id: job.id, message: `the job could not be sent: ${(error as Error).message}` });
          return;
        }
        this.waiting.set(job.id, done);
        worker.ref(); // a job in progress keeps the process alive, as the request does
      });
      return this.outcome(reply, input, inPlace);
    } finally {
      stopping.dispose();
    }
  }

  /** Stops what the worker does and ends it (the server shuts down). */
  dispose(): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    this.loaded = false;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    void worker?.terminate();
    const stopped = [...this.waiting.entries()];
    this.waiting.clear();
    for (const [id, done] of stopped) done({ type: 'stopped', id });
  }

  private outcome(reply: FixAllReply | null, input: FileInput, inPlace: () => string): string | null {
    if (reply?.type === 'fixed') {
      for (const reason of reply.skipped) this.log(`skipped ${input.path}: ${reason}`);
      return reply.text;
    }
    if (reply?.type === 'stopped') {
      this.log(`fix-all of ${input.path} stopped: no request wants it any more`);
      return null;
    }
    this.log(`fix-all: the worker thread ${reply?.type === 'failed' ? `failed on ${input.path}: ${reply.message}` : 'ended'}; computing ${input.path} in place`);
    return inPlace();
  }

  /** The worker's readiness, starting it if there is none; null when fix-all runs in place for good. */
  private start(): Promise<boolean> | null {
    if (this.unusable) return null;
    if (this.ready) return this.ready;
    if (!fs.existsSync(this.script)) {
      this.unusable = `no worker script at ${this.script}`;
      this.log(`fix-all: ${this.unusable}; fix-all is computed on the main thread`);
      return null;
    }
    let worker: Worker;
    try {
      worker = new Worker(this.script);
    } catch (error) {
      this.unusable = `the worker thread could not start: ${(error as Error).message}`;
      this.log(`fix-all: ${this.unusable}; fix-all is computed on the main thread`);
      return null;
    }
    worker.unref();
    this.worker = worker;
    this.loaded = false;
    this.late = false;
    const ready = new Promise<boolean>((resolve) => {
      const ended = (why: string) => {
        if (this.worker !== worker) return;
        this.worker = null;
        this.ready = null;
        if (!this.loaded) {
          // Failing before its engine loaded, it would fail again: in place from now on.
          this.unusable = `the worker thread failed to start: ${why}`;
          this.log(`fix-all: ${this.unusable}; fix-all is computed on the main thread`);
          resolve(false);
        } else {
          this.log(`fix-all: the worker thread ended: ${why}`);
        }
        // What it was computing is computed in place (`outcome`); the next fix-all starts a new worker.
        const lost = [...this.waiting.values()];
        this.waiting.clear();
        for (const done of lost) done(null);
      };
      worker.on('message', (reply: FixAllReply) => {
        if (reply.type === 'ready') {
          if (this.worker === worker) {
            this.loaded = true;
            this.late = false;
            // Ended after `idleMs` unless a fix-all posts a job (the one that started it, if it still waits).
            if (this.waiting.size === 0) this.idle(worker);
          }
          resolve(true);
          return;
        }
        const waiting = this.waiting.get(reply.id);
        if (!waiting) return;
        this.waiting.delete(reply.id);
        if (this.waiting.size === 0) this.idle(worker);
        waiting(reply);
      });
      worker.on('error', (error) => ended(error.stack ?? error.message));
      worker.on('exit', (code) => ended(`it exited with code ${code}`));
    });
    this.ready = ready;
    return ready;
  }

  /** No job left: the process may exit without waiting for the worker, which ends after `idleMs`. */
  private idle(worker: Worker): void {
    worker.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.worker !== worker || this.waiting.size > 0) return;
      this.worker = null;
      this.ready = null;
      void worker.terminate();
    }, this.idleMs);
    this.idleTimer.unref();
  }
}
