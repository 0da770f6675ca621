// `spellsAlias` (python-queries.ts) answers whether a text spells `name as` for one of some names,
// from the occurrences of the names in the word index, where `callsTo` searched the whole text
// with a regex at every rule run (whose comments could end anywhere: exponential on a line of
// `#`; here the reference's comments run to the end of the line, as spellsAlias's do). It must give the regex's answer on every text: the corpora's
// Python files with the names found before an `as` there (and others), and random texts built
// from the pieces that decide (digits and non-ASCII letters before a name, line continuations,
// comments, `as` as part of a longer word).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spellsAlias } from '../../server/src/engine/python-queries';
import { TokenIndex, WordIndex } from '../../server/src/engine/tokens';
import { corpusFiles } from '../robustness/fuzz-support';

function byRegex(text: string, names: readonly string[]): boolean {
  return new RegExp(`\\b(?:${names.join('|')})(?:\\s|\\\\|#[^\\n]*(?![^\\n]))+as\\b`).test(text);
}

/** Both ways the query layer reads the words: indexed on first use, and from the index kept across edits (with a region). */
function answers(text: string, names: readonly string[]): boolean[] {
  const fresh = new TokenIndex(text);
  const kept = new TokenIndex(text, { start: 0, end: Math.min(text.length, text.indexOf('\n') + 1), present: () => true }, WordIndex.of(text));
  return [spellsAlias({ text, tokens: fresh }, names), spellsAlias({ text, tokens: kept }, names)];
}

test('spellsAlias gives the regex answer on every corpus file', () => {
  let files = 0;
  let yes = 0;
  for (const file of corpusFiles()) {
    if (file.language !== 'python') continue;
    files++;
    const before = new Set(['url', 'include', 'reverse', 'reverse_lazy', 'ForeignKey', 'OneToOneField', 'login', 'render_to_response', 'ugettext']);
    for (const match of file.text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?:\s|\\|#[^\n]*)+as\b/g)) before.add(match[1]);
    const names = [...before];
    for (let i = 0; i < names.length; i++) {
      const group = [names[i], names[(i * 7 + 3) % names.length]];
      const expected = byRegex(file.text, group);
      if (expected) yes++;
      assert.deepEqual(answers(file.text, group), [expected, expected], `${file.path}: ${group.join(', ')}`);
    }
  }
  assert.ok(files > 50, `python corpus files: ${files}`);
  assert.ok(yes > 20, `aliased names found: ${yes}`);
});

test('spellsAlias gives the regex answer where a name is part of a longer word or follows a digit', () => {
  const cases: Array<[string, boolean]> = [
    ['from m import url as u', true],
    ['from m import 9url as u', false],
    ['from m import x9url as u', false],
    ['from m import éurl as u', true],
    ['from m import _url as u', false],
    ['from m import urls as u', false],
    ['from m import url  \\\n  # a comment\n  as u', true],
    ['from m import url asx', false],
    ['url\u00a0as', true],
    // An `as` inside a comment is no alias.
    ['from m import url  # not as u', false],
    ['from m import url  # a comment\n    as u', true],
  ];
  for (const [text, expected] of cases) {
    assert.equal(byRegex(text, ['url']), expected, `the regex on ${JSON.stringify(text)}`);
    assert.deepEqual(answers(text, ['url']), [expected, expected], JSON.stringify(text));
  }
});

// A line of `#` after the name split into comments in 2^n ways before the search failed: the check
// of a file with `paginator_class = Paginator` above a `######…` line never ended.
test('spellsAlias ends on a line of # after the name', { timeout: 20000 }, () => {
  const text = `from django.core.paginator import Paginator\n\nclass View(object):\n    paginator_class = Paginator\n\n    ${'#'.repeat(60)}\n    # These are pending deprecation...\n`;
  assert.equal(answers(text, ['Paginator']).join(), 'false,false');
});

test('spellsAlias gives the regex answer on random texts', () => {
  const pieces = ['url', 'urls', 'u', 'rl', 'as', 'asx', 'xas', 'as_', ' ', '  ', '\n', '\r\n', '\t', '\\', '\\\n', '#', '# c ', '9', '_', 'é', '.', '(', ')', ',', 'import ', 'from x ', '\u00a0', '\u2028'];
  let state = 12345;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  let yes = 0;
  for (let round = 0; round < 20000; round++) {
    let text = '';
    const length = 1 + random(12);
    for (let i = 0; i < length; i++) text += pieces[random(pieces.length)];
    const names = random(3) === 0 ? ['url', 'urls'] : ['url'];
    const expected = byRegex(text, names);
    if (expected) yes++;
    assert.deepEqual(answers(text, names), [expected, expected], JSON.stringify({ text, names }));
  }
  assert.ok(yes > 200, `texts that alias: ${yes}`);
});
