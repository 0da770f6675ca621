// The engine's words (engine/tokens.ts): `wordsIn` (the triggers) and `TokenIndex.offsets` (the
// query layer's anchors) find exactly the words the word pattern `[A-Za-z_][A-Za-z0-9_]*` finds,
// whole text or region, on texts made of the characters that decide where words start and end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TokenIndex, wordsIn } from '../../server/src/engine/tokens';

/** The words of a text with their offsets, by the pattern itself (the definition). */
function reference(text: string, base = 0): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const match of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const list = index.get(match[0]) ?? [];
    list.push(base + match.index);
    index.set(match[0], list);
  }
  return index;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

const alphabet = ['a', 'b', 'ab', 'ba', '_', '9', '0', ' ', '.', '\n', '(', 'é', 'x_1'];
const asked = ['a', 'b', 'ab', 'ba', '_', 'a9', 'ab_', '_a', 'x_1', 'x', 'ba9', 'a0b', '9a', 'é'];

test('wordsIn and TokenIndex.offsets find the words the word pattern finds', () => {
  const next = random(7);
  for (let round = 0; round < 3000; round++) {
    const text = Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const expected = reference(text);
    const wanted = new Set(asked);
    assert.deepEqual([...wordsIn(text, wanted)].sort(), asked.filter((w) => expected.has(w)).sort(), JSON.stringify(text));
    const tokens = new TokenIndex(text);
    for (const word of asked) assert.deepEqual(tokens.offsets(word), expected.get(word) ?? [], `${JSON.stringify(text)} ${word}`);
    // A region: its own start and end are the ends of the text (regions are whole lines).
    const start = Math.floor(next() * (text.length + 1));
    const end = start + Math.floor(next() * (text.length - start + 1));
    const inRegion = reference(text.slice(start, end), start);
    const regional = new TokenIndex(text, { start, end, present: () => true });
    for (const word of asked) assert.deepEqual(regional.offsets(word), inRegion.get(word) ?? [], `${JSON.stringify(text)} [${start}, ${end}) ${word}`);
  }
});

test('wordsIn on a large text: every wanted word, none that is only part of a longer word', () => {
  const text = 'from django.utils.translation import ugettext as _\n0ugettext x_ugettext ugettext_lazy\n'.repeat(200);
  assert.deepEqual([...wordsIn(text, new Set(['ugettext', 'translation', 'lazy', 'ugettext_lazy', 'x_ugettext', 'django']))].sort(), ['django', 'translation', 'ugettext', 'ugettext_lazy', 'x_ugettext']);
});
