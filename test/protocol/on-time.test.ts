// `onTime` (language-server/documents.ts) runs the check after the debounce: a timer set one
// millisecond short, then what is left slept through. It must never run before its time (the
// pause is what the debounce promises), and clearing its timer must cancel it (a keystroke during
// the pause sets the timer again).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onTime } from '../../server/src/language-server/documents';

test('onTime never runs before its time', async () => {
  for (const ms of [0, 0.4, 1, 1.6, 2, 2.5, 3, 7, 10, 12.3, 30]) {
    const started = performance.now();
    const ran = await new Promise<number>((resolve) => onTime(ms, () => resolve(performance.now())));
    assert.ok(ran - started >= ms, `${ms} ms: ran after ${(ran - started).toFixed(3)} ms`);
  }
});

test('clearing the timer onTime returns cancels it', async () => {
  let ran = 0;
  for (const ms of [0, 1, 5]) clearTimeout(onTime(ms, () => ran++));
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(ran, 0);
});
