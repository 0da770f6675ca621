// Between two slices of a running check the server lets the event loop turn `turnsBetweenSlices`
// times (language-server/documents.ts). vscode-jsonrpc 8 reads a message in a turn of its own (its
// read semaphore's setImmediate), then handles it in the next, one message after the other: here
// that reader is imitated, with a code action and a hover that arrived during a slice, and both
// must be handled before the next slice runs (with one turn, the hover waited three slices).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterTurns, turnsBetweenSlices } from '../../server/src/language-server/documents';

/** vscode-jsonrpc's reading and dispatch of messages that arrived together, as turns of the loop. */
function readMessages(names: string[], handled: (name: string) => void): void {
  const next = (i: number) => {
    if (i >= names.length) return;
    // The read semaphore: one message per turn; its handling is queued for the next turn.
    setImmediate(() => {
      setImmediate(() => handled(names[i]));
      void Promise.resolve().then(() => next(i + 1));
    });
  };
  next(0);
}

for (const turns of [turnsBetweenSlices, 1]) {
  test(`two requests that arrive during a slice, with ${turns} turn(s) between slices`, async () => {
    const order: string[] = [];
    await new Promise<void>((resolve) => {
      // A slice has just ended: the next one is scheduled, and then the requests are read (the
      // poll phase comes after the slice's turn).
      afterTurns(turns, () => {
        order.push('next slice');
        resolve();
      });
      readMessages(['code action', 'hover'], (name) => order.push(name));
    });
    await new Promise((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve))));
    const before = order.indexOf('next slice');
    const first = order.indexOf('code action') < before && order.indexOf('hover') < before;
    if (turns === turnsBetweenSlices) assert.ok(first, `answered before the next slice: ${order.join(', ')}`);
    else assert.ok(!first, `the imitation of vscode-jsonrpc still shows what one turn did: ${order.join(', ')}`);
  });
}
