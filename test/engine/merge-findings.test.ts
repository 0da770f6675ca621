// A statement check merges its new findings with the kept ones (each list already in order) instead
// of sorting every finding of the file (engine/incremental-check.ts, mergeByPosition): the result
// must be what a stable sort of the new findings followed by the kept ones gives, ties included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeByPosition } from '../../server/src/engine/incremental-check';
import type { Finding, Rule } from '../../server/src/engine/types';

test('mergeByPosition equals a stable sort of the concatenation', () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const rules = ['a-rule', 'b-rule', 'c-rule'].map((id) => ({ id }) as Rule<any>);
  const order = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end || a.rule.id.localeCompare(b.rule.id);
  const list = (n: number, tag: string) =>
    Array.from({ length: n }, (_, i) => {
      const start = random(20);
      return { rule: rules[random(3)], start, end: start + random(4), message: `${tag}${i}`, severity: 'warning' } as Finding;
    }).sort(order);
  for (let round = 0; round < 200; round++) {
    const fresh = list(random(12), 'new');
    const kept = list(random(12), 'kept');
    const expected = [...fresh, ...kept].sort(order).map((f) => f.message);
    assert.deepEqual(mergeByPosition(fresh, kept).map((f) => f.message), expected, `round ${round}`);
  }
});
