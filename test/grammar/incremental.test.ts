// The language server reparses templates incrementally after each edit: the
// external scanner's state (open blocks, custom tags known to have no end
// tag) must give the same tree as a fresh parse. Also guards against
// quadratic behaviour of the custom-tag lookahead on large files.
// Run: node --import tsx --test test/grammar/incremental.test.ts
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node, Point, Tree } from 'web-tree-sitter';
import { corpusFiles, createParser, parseCorpusFile, syntaxErrors } from './helpers';

const FRAGMENTS = [
  '{%', '%}', '{{', '}}', '{#', '#}', ' ', '\n', 'if', 'endif', 'for', 'endfor', 'x', '|', ':', '"', "'", '=',
  'comment', 'endcomment', 'verbatim', 'endverbatim', 'foo', 'endfoo', '{', '}', '%', 'é', '🎉', 'block',
  'endblock', 'else', '{% if a %}', '{% endif %}', '{% foo %}', '{% endfoo %}', '{% comment %}',
  '{% endcomment %}', '{{ x|y:"z" }}', '{% verbatim %}', '{% endverbatim %}', '{% block b %}', '{% endblock %}',
];

/** The tree with every node's range, to compare incremental and fresh parses exactly. */
function dump(node: Node): string {
  const parts = [`(${node.type} ${node.startIndex}-${node.endIndex}`];
  for (const child of node.children) if (child) parts.push(dump(child));
  return `${parts.join(' ')})`;
}

function pointAt(text: string, index: number): Point {
  const before = text.slice(0, index);
  const row = before.split('\n').length - 1;
  return { row, column: index - (before.lastIndexOf('\n') + 1) };
}

test('incremental reparses equal fresh parses after random edits', async () => {
  const parser = await createParser();
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const bases = corpusFiles()
    .flatMap((f) => parseCorpusFile(f))
    .map((c) => c.input)
    .filter((input) => input.length > 20);
  let edits = 0;
  for (let round = 0; round < 150; round++) {
    let text =
      round % 2 === 0 ? pick(bases) : Array.from({ length: 40 }, () => pick(FRAGMENTS)).join('');
    let tree: Tree | null = parser.parse(text);
    assert.ok(tree);
    for (let k = 0; k < 12; k++) {
      const start = Math.floor(random() * (text.length + 1));
      const end = Math.min(text.length, start + (random() < 0.5 ? Math.floor(random() * 8) : 0));
      const inserted = random() < 0.7 ? pick(FRAGMENTS) : '';
      const next = text.slice(0, start) + inserted + text.slice(end);
      tree.edit({
        startIndex: start,
        oldEndIndex: end,
        newEndIndex: start + inserted.length,
        startPosition: pointAt(text, start),
        oldEndPosition: pointAt(text, end),
        newEndPosition: pointAt(next, start + inserted.length),
      });
      const incremental: Tree | null = parser.parse(next, tree);
      const fresh = parser.parse(next);
      assert.ok(incremental && fresh);
      assert.equal(
        dump(incremental.rootNode),
        dump(fresh.rootNode),
        `edit ${JSON.stringify(text)} -> ${JSON.stringify(next)}`,
      );
      edits++;
      fresh.delete();
      tree.delete();
      tree = incremental;
      text = next;
    }
    tree.delete();
  }
  parser.delete();
  assert.equal(edits, 1800);
});

test('an added or removed end tag re-pairs an earlier custom tag', async () => {
  const parser = await createParser();
  const text = '{% foo %}a{% foo %}b{% bar %}';
  const tree = parser.parse(text);
  assert.ok(tree);
  assert.equal(tree.rootNode.namedChildren.filter((n) => n?.type === 'block').length, 0);
  const added = text + '{% endfoo %}';
  tree.edit({
    startIndex: text.length,
    oldEndIndex: text.length,
    newEndIndex: added.length,
    startPosition: pointAt(text, text.length),
    oldEndPosition: pointAt(text, text.length),
    newEndPosition: pointAt(added, added.length),
  });
  const after = parser.parse(added, tree);
  assert.ok(after);
  const fresh = parser.parse(added);
  assert.ok(fresh);
  assert.equal(dump(after.rootNode), dump(fresh.rootNode));
  // Both `foo`s are openers now: the second one is closed, the first one is not.
  const outer = after.rootNode.namedChildren[0];
  assert.equal(outer?.type, 'block');
  assert.equal(outer?.childForFieldName('close'), null);
  const inner = outer?.namedChildren.find((n) => n?.type === 'block');
  assert.equal(inner?.childForFieldName('close')?.text, '{% endfoo %}');
  for (const t of [tree, after, fresh]) t.delete();
  parser.delete();
});

test('large templates parse in linear time', async () => {
  const parser = await createParser();
  const cases: Array<[string, string]> = [
    ['built-in tags', '<div>{% if user %}{{ user.name|title }}{% else %}{% url "login" %}{% endif %}</div>\n'],
    ['custom simple tags', '<p>{% icon "x" classname="y" %} {% my_tag a b=c %} text</p>\n'],
    ['custom block tags', '{% panel a %}{% slot x %}y{% endslot %}{% endpanel %}\n'],
    ['comments and verbatim', '{% comment %}{% if %}{% endcomment %}{% verbatim %}{{ x }}{% endverbatim %}{# c #}\n'],
  ];
  for (const [label, unit] of cases) {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)); // ~1 MB
    const started = performance.now();
    const tree = parser.parse(text);
    const elapsed = performance.now() - started;
    assert.ok(tree);
    assert.deepEqual(syntaxErrors(tree.rootNode), [], label);
    tree.delete();
    // About 0.1-0.4 s here; a quadratic lookahead takes minutes.
    assert.ok(elapsed < 10_000, `${label}: ${Math.round(elapsed)} ms for 1 MB`);
  }
  // Nesting deeper than the scanner's stack (180 levels) degrades to simple tags, without errors.
  const deep = '{% if a %}'.repeat(1000) + 'x' + '{% endif %}'.repeat(1000);
  const tree = parser.parse(deep);
  assert.ok(tree);
  assert.deepEqual(syntaxErrors(tree.rootNode), []);
  tree.delete();
  parser.delete();
});
