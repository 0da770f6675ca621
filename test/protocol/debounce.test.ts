// The pause before an open document is checked again: the floor while checks are cheap, as long
// as the last check took when it was slow (so typing does not queue checks), never more than the cap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { debounceMs, pauseAfter } from '../../server/src/language-server/documents';

test('the pause before the next check follows the cost of the last one', () => {
  assert.equal(pauseAfter(0), debounceMs);
  assert.equal(pauseAfter(3), debounceMs);
  assert.equal(pauseAfter(120), 120);
  assert.equal(pauseAfter(5000), 250);
});
