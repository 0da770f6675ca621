// The engine's words (engine/tokens.ts): `wordsIn` (the triggers) and `TokenIndex.offsets` (the
// query layer's anchors) find exactly the words the word pattern `[A-Za-z_][A-Za-z0-9_]*` finds,
// whole text or region, on texts made of the characters that decide where words start and end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TokenIndex, WordIndex, wordsIn } from '../../server/src/engine/tokens';

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

/** Every word of a `WordIndex` with its offsets (the words it answers for: those of the reference and some absent ones). */
function contents(index: WordIndex, words: Iterable<string>): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const word of words) if (index.has(word)) found.set(word, [...index.offsets(word)]);
  return found;
}

test('a WordIndex kept across edits answers what a fresh index of the new text answers', () => {
  const next = random(11);
  const line = () => Array.from({ length: Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('').replace(/\n/g, ' ');
  const lines = (n: number) => Array.from({ length: n }, () => `${line()}\n`).join('');
  for (let round = 0; round < 300; round++) {
    let text = lines(1 + Math.floor(next() * 12));
    if (next() < 0.3) text += line(); // a last line without a line break
    const index = WordIndex.of(text);
    for (let edit = 0; edit < 20; edit++) {
      // The incremental check's regions: whole lines, old and new.
      const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1).filter((at) => at <= text.length)];
      const ends = [...new Set([...starts, text.length])];
      const start = starts[Math.floor(next() * starts.length)];
      const candidates = ends.filter((at) => at >= start && (at === text.length || text[at - 1] === '\n'));
      const oldEnd = candidates[Math.floor(next() * candidates.length)];
      let inserted = lines(Math.floor(next() * 3));
      if (oldEnd === text.length && next() < 0.5) inserted += line();
      const before = text;
      text = text.slice(0, start) + inserted + text.slice(oldEnd);
      index.edit(start, oldEnd, inserted);
      const expected = reference(text);
      // Asked in a different order each time (no list may depend on when it was read).
      const words = [...new Set([...asked, ...expected.keys()])].sort(() => next() - 0.5);
      assert.deepEqual(contents(index, words), new Map([...expected].filter(([word]) => words.includes(word))), `${JSON.stringify(before)} → [${start}, ${oldEnd}) ${JSON.stringify(inserted)}`);
      for (const word of asked) assert.equal(index.has(word), expected.has(word), word);
      // No word left behind that the text no longer holds.
      assert.equal((index as unknown as { lists: Map<string, number[]> }).lists.size, expected.size, 'words indexed');
      const regionEnd = start + inserted.length;
      for (const word of words) assert.deepEqual([...index.offsetsIn(word, start, regionEnd)], (expected.get(word) ?? []).filter((at) => at >= start && at < regionEnd), `offsetsIn ${word}`);
    }
  }
});

test('a WordIndex told the old region\'s words moves the other lists when they are read, and answers as a fresh index', () => {
  const next = random(23);
  const line = () => Array.from({ length: Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('').replace(/\n/g, ' ');
  const lines = (n: number) => Array.from({ length: n }, () => `${line()}\n`).join('');
  let merged = 0;
  let pendingRead = 0;
  for (let round = 0; round < 300; round++) {
    let text = lines(2 + Math.floor(next() * 14));
    const index = WordIndex.of(text);
    let last: { start: number; end: number } | null = null;
    for (let edit = 0; edit < 40; edit++) {
      const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1).filter((at) => at <= text.length)];
      const ends = [...new Set([...starts, text.length])];
      let start: number;
      let oldEnd: number;
      if (last && next() < 0.6) {
        // Typing on in the last region (one move), or in whole lines inside it.
        const inside = starts.filter((at) => at >= last!.start && at <= last!.end);
        start = inside[Math.floor(next() * inside.length)];
        const candidates = ends.filter((at) => at >= start && at <= last!.end);
        oldEnd = candidates[Math.floor(next() * candidates.length)];
        merged++;
      } else {
        start = starts[Math.floor(next() * starts.length)];
        const candidates = ends.filter((at) => at >= start && (at === text.length || text[at - 1] === '\n'));
        oldEnd = candidates[Math.floor(next() * candidates.length)];
      }
      if (oldEnd === text.length && start < text.length && text[oldEnd - 1] !== '\n' && next() < 0.5) oldEnd = text.length;
      let inserted = lines(Math.floor(next() * 3));
      if (oldEnd === text.length && text[text.length - 1] !== '\n' && next() < 0.5) inserted += line();
      const before = text;
      const oldWords = reference(text.slice(start, oldEnd)).keys();
      text = text.slice(0, start) + inserted + text.slice(oldEnd);
      index.edit(start, oldEnd, inserted, oldWords);
      last = { start, end: start + inserted.length };
      const expected = reference(text);
      // Most edits read a few words (the rules' anchors), some none, some all.
      const roll = next();
      const words = roll < 0.2 ? [...new Set([...asked, ...expected.keys()])] : roll < 0.5 ? [] : asked.filter(() => next() < 0.3);
      if (roll >= 0.2) pendingRead += words.length;
      const where = `${JSON.stringify(before)} → [${start}, ${oldEnd}) ${JSON.stringify(inserted)}`;
      assert.deepEqual(contents(index, words), new Map([...expected].filter(([word]) => words.includes(word))), where);
      for (const word of asked) assert.equal(index.has(word), expected.has(word), `${word}: ${where}`);
      assert.equal((index as unknown as { lists: Map<string, number[]> }).lists.size, expected.size, `words indexed: ${where}`);
    }
  }
  assert.ok(merged > 3000 && pendingRead > 1000, `edits in the last region ${merged}, words read between full reads ${pendingRead}`);
});
