// What the language server and its fix-all worker thread (fix-all-worker.ts) send each other.
// Kept free of the server's modules so that the worker's bundle holds the engine alone.
import type { FileInput } from '../engine/analyzer';
import type { LibraryVersions, LintOptions } from '../engine/lint';
import type { Rule } from '../engine/types';

/**
 * Lint options as a worker can receive them: `isEnabled` is a function (structured clone refuses
 * functions), so it travels as the ids of the rules it enables; the rest is data.
 */
export interface SentLintOptions {
  current: LintOptions['current'];
  target: LintOptions['target'];
  showFuture: boolean;
  enabled: string[];
  libraries?: ReadonlyMap<string, LibraryVersions>;
}

/** One fix-all to compute. `stop` (an Int32Array on a SharedArrayBuffer) is set to 1 when nobody wants the result any more. */
export interface FixAllJob {
  id: number;
  input: FileInput;
  options: SentLintOptions;
  unsafe: boolean;
  stop: Int32Array;
}

export type FixAllReply =
  | { type: 'ready' }
  | { type: 'fixed'; id: number; text: string; skipped: string[] }
  | { type: 'stopped'; id: number }
  | { type: 'failed'; id: number; message: string };

export function sendableOptions(options: LintOptions, rules: readonly Rule<any>[]): SentLintOptions {
  return {
    current: options.current,
    target: options.target,
    showFuture: options.showFuture,
    enabled: rules.filter((rule) => options.isEnabled(rule)).map((rule) => rule.id),
    libraries: options.libraries,
  };
}

/**
 * The lint options a job was sent, for the worker's engine; `onSkip` collects why a lint skipped
 * the file, for the server's log.
 */
export function receivedOptions(sent: SentLintOptions, skipped: string[]): LintOptions {
  const enabled = new Set(sent.enabled);
  return {
    current: sent.current,
    target: sent.target,
    showFuture: sent.showFuture,
    libraries: sent.libraries,
    isEnabled: (rule) => enabled.has(rule.id),
    onSkip: (reason) => {
      if (!skipped.includes(reason)) skipped.push(reason);
    },
  };
}
