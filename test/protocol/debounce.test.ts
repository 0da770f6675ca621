// The pause before an open document is checked again: the floor while checks are cheap, as long
// as the last check took when it was slow (so typing does not queue checks), never more than the cap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCost, debounceMs, parseDuringPause, pauseAfter, pauseLeft } from '../../server/src/language-server/documents';

test('the pause before the next check follows the cost of the last one', () => {
  assert.equal(pauseAfter(0), debounceMs);
  assert.equal(pauseAfter(3), debounceMs);
  assert.equal(pauseAfter(120), 120);
  assert.equal(pauseAfter(5000), 250);
});

test('a check that ends after an edit leaves the next one what is left of the pause since that edit', () => {
  assert.equal(pauseLeft(0, 0), debounceMs);
  assert.equal(pauseLeft(0, debounceMs - 5), 5);
  // The edit came early in a long check: its pause is over, the next check starts at once.
  assert.equal(pauseLeft(0, debounceMs + 20), 0);
  assert.equal(pauseLeft(120, 100), 20);
});

test('the pause counts the checks of edits, not a document\'s first check nor one for new settings', () => {
  // Opening a large file takes a whole-file check; the first keystroke after it used to wait as long.
  assert.equal(checkCost({ lastKind: 'whole-file', lastReason: 'first check' }, 180, 0), 0);
  assert.equal(pauseAfter(checkCost({ lastKind: 'whole-file', lastReason: 'first check' }, 180, 0)), debounceMs);
  assert.equal(checkCost({ lastKind: 'whole-file', lastReason: 'other options' }, 180, 4), 4);
  // An edit of the module's context is a whole-file check each time: its cost is the next one's.
  assert.equal(checkCost({ lastKind: 'whole-file', lastReason: 'the module context changed' }, 180, 4), 180);
  assert.equal(checkCost({ lastKind: 'statements', lastReason: 'first check' }, 3, 180), 3);
});

test('a changed document is reparsed during the pause before its check: once per burst, not once closed', async () => {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  let parses = 0;
  const open = { document: { getTree: () => parses++ } };
  // Three changes in one turn (a burst): one reparse, in the next turn, not during the handler.
  for (let i = 0; i < 3; i++) parseDuringPause(open, () => true);
  assert.equal(parses, 0);
  await turn();
  assert.equal(parses, 1);
  // The next change parses again.
  parseDuringPause(open, () => true);
  await turn();
  assert.equal(parses, 2);
  // Closed before its turn: not parsed.
  parseDuringPause(open, () => false);
  await turn();
  assert.equal(parses, 2);
  // A parse that throws is left to the check.
  const failing = { document: { getTree: () => { throw new Error('cancelled'); } } };
  parseDuringPause(failing, () => true);
  await turn();
});
