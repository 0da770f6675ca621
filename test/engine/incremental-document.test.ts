// Incremental parsing must give the same tree as a fresh parse after any edit: positions are
// UTF-16 (as in LSP and web-tree-sitter), with non-ASCII, astral characters, CRLF and lone CR.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeChanges, IncrementalDocument, pointAt } from '../../server/src/parsing/incremental-document';
import { getAnalyzer } from '../helpers/analyzer';

function positionAt(text: string, offset: number) {
  // LSP lines end at \r\n, \n or \r.
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i++;
      line++;
      lineStart = i + 1;
    } else if (text[i] === '\n' || text[i] === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** A small deterministic random generator, so failures reproduce. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const base = [
  '# -*- coding: utf-8 -*-\r\n',
  'from django.conf.urls import url  # café ☕\r\n',
  'from django.utils.translation import ugettext as _\n',
  '\n',
  'def view(request):\n',
  '\treturn _("naïve 😀 text")\r',
  'urlpatterns = [url(r"^$", view)]\n',
].join('');
const inserts = ['x', 'é', '😀', '\r\n', '\n', '\t', ' ', '"""', 'url(', ')', 'import os\n', '\uFEFF', 'from django.conf.urls import url\r\n'];

test('incremental edits give the same tree as a fresh parse', async () => {
  const analyzer = await getAnalyzer();
  const parser = analyzer.parser('python');
  const next = random(42);
  for (let round = 0; round < 4; round++) {
    let expected = base;
    const document = new IncrementalDocument('file:///t.py', 'python', 1, expected, parser);
    document.getTree();
    let checked = expected;
    let checkedTree: Array<[string, number, number]> = topLevel(document.getTree().rootNode);
    document.takeChange();
    for (let step = 0; step < 150; step++) {
      let start = Math.floor(next() * (expected.length + 1));
      let end = Math.min(expected.length, start + Math.floor(next() * 6));
      // Keep surrogate pairs and CRLF pairs whole, as an editor does.
      if (expected[start - 1] === '\r' && expected[start] === '\n') start--;
      if (expected[end - 1] === '\r' && expected[end] === '\n') end++;
      if (/[\uDC00-\uDFFF]/.test(expected[start] ?? '')) start--;
      if (/[\uDC00-\uDFFF]/.test(expected[end] ?? '')) end++;
      const insert = next() < 0.7 ? inserts[Math.floor(next() * inserts.length)] : '';
      const range = { start: positionAt(expected, start), end: positionAt(expected, end) };
      document.update([{ range, text: insert }], step + 2);
      expected = expected.slice(0, start) + insert + expected.slice(end);
      assert.equal(document.text, expected);
      if (step % 3 === 0) {
        const incremental = document.getTree().rootNode.toString();
        const fresh = parser.parse(expected)!;
        assert.equal(incremental, fresh.rootNode.toString(), `round ${round} step ${step}: ${JSON.stringify(expected)}`);
        fresh.delete();
        // What changed since the last check: outside the span the texts are equal and so are the
        // top-level statements (shifted after it); unknown only after a reparse from scratch.
        const change = document.takeChange();
        const now = topLevel(document.getTree().rootNode);
        if (change !== null && change !== 'none') {
          assert.equal(expected.slice(0, change.start), checked.slice(0, change.start));
          assert.equal(expected.slice(change.newEnd), checked.slice(change.oldEnd));
          const outside = (nodes: Array<[string, number, number]>, end: number, delta: number) =>
            nodes.filter(([, s, e]) => e <= change.start || s >= end).map(([t, s, e]) => [t, s >= end ? s + delta : s, s >= end ? e + delta : e].join(':'));
          assert.deepEqual(outside(now, change.newEnd, 0), outside(checkedTree, change.oldEnd, change.newEnd - change.oldEnd), `round ${round} step ${step}`);
        } else if (change === 'none') {
          assert.equal(expected, checked);
        }
        checked = expected;
        checkedTree = now;
      }
    }
    assert.ok(document.incrementalParses > 10, 'reparses reuse the old tree');
    assert.equal(document.fullParses, 1);
    document.dispose();
  }
});

/** The top-level nodes of a tree: type, start, end. */
function topLevel(root: { children: Array<{ type: string; startIndex: number; endIndex: number } | null> }): Array<[string, number, number]> {
  return root.children.filter((n) => n !== null).map((n) => [n!.type, n!.startIndex, n!.endIndex]);
}

test('changes compose: one span from the first text to the last', () => {
  const apply = (text: string, c: { start: number; oldEnd: number }, insert: string) => text.slice(0, c.start) + insert + text.slice(c.oldEnd);
  const a = 'abcdefghij';
  const first = { start: 2, oldEnd: 4, newEnd: 7 }; // "cd" -> "XYZWV"[0..5)
  const b = apply(a, first, 'XYZWV');
  const second = { start: 8, oldEnd: 10, newEnd: 8 }; // delete two after it
  const c = apply(b, second, '');
  const both = composeChanges(first, second);
  assert.equal(c.slice(0, both.start), a.slice(0, both.start));
  assert.equal(c.slice(both.newEnd), a.slice(both.oldEnd));
  assert.deepEqual(composeChanges({ start: 5, oldEnd: 6, newEnd: 6 }, { start: 1, oldEnd: 2, newEnd: 3 }), { start: 1, oldEnd: 6, newEnd: 7 });
});

test('the changed span holds every statement whose syntax changed, beyond the edit too', async () => {
  const analyzer = await getAnalyzer();
  const lines = ['import os', '', 'def a():', '    x = 1', '    return x', '', 'def b():', '    y = 2', '', 'Z = 3', ''];
  let text = lines.join('\n');
  const document = new IncrementalDocument('file:///s.py', 'python', 1, text, analyzer.parser('python'));
  document.getTree();
  assert.equal(document.takeChange(), null, 'the first parse: everything is new');
  let version = 1;
  const edit = (at: number, remove: number, insert: string) => {
    const before = text;
    text = text.slice(0, at) + insert + text.slice(at + remove);
    document.update([{ range: { start: positionAt(before, at), end: positionAt(before, at + remove) }, text: insert }], ++version);
  };
  // A keystroke in an identifier: the span is the keystroke.
  const x = text.indexOf('x = 1');
  edit(x + 1, 0, 'x');
  document.getTree();
  assert.deepEqual(document.takeChange(), { start: x + 1, oldEnd: x + 1, newEnd: x + 2 });
  assert.equal(document.takeChange(), 'none', 'nothing changed since');
  // An opened triple-quoted string swallows the statements after it (a syntax error, in a file
  // too large to be parsed again from scratch): the span reaches them.
  const y = text.indexOf('y = 2');
  edit(y, 0, "'''");
  document.getTree();
  const opened = document.takeChange();
  assert.equal(opened, null, 'a small file with a syntax error is parsed again from scratch: unknown');
  // Two edits before one check: one span holding both.
  edit(y, 3, '');
  edit(7, 2, 'sys');
  document.getTree();
  const both = document.takeChange();
  assert.ok(both !== null && both !== 'none', 'known again: the tree is reused from the one parsed from scratch');
  assert.ok(both.start <= 7 && both.newEnd >= text.indexOf('y = 2'), JSON.stringify(both));
  document.dispose();
});

test('a large file keeps its incremental tree with a syntax error: outside the span, the same statements', async () => {
  const analyzer = await getAnalyzer();
  const filler = Array.from({ length: 20000 }, (_, i) => `CONSTANT_${i} = ${i}`).join('\n');
  let text = `def a():\n    y = 2\n\n${filler}\nZ = 3\n`;
  const document = new IncrementalDocument('file:///l.py', 'python', 1, text, analyzer.parser('python'));
  const before = topLevel(document.getTree().rootNode);
  document.takeChange();
  const y = text.indexOf('y = 2');
  const old = text;
  text = `${text.slice(0, y)}'\'\'${text.slice(y)}`;
  document.update([{ range: { start: positionAt(old, y), end: positionAt(old, y) }, text: "'\'\'" }], 2);
  const after = topLevel(document.getTree().rootNode);
  assert.equal(document.recoveryParses, 0);
  const change = document.takeChange();
  assert.ok(change !== null && change !== 'none');
  const outside = (nodes: Array<[string, number, number]>, end: number, delta: number) =>
    nodes.filter(([, s, e]) => e <= change.start || s >= end).map(([t, s, e]) => [t, s >= end ? s + delta : s, s >= end ? e + delta : e].join(':'));
  assert.deepEqual(outside(after, change.newEnd, 0), outside(before, change.oldEnd, change.newEnd - change.oldEnd));
  document.dispose();
});

test('tree-sitter points count rows by "\\n" only', () => {
  assert.deepEqual(pointAt('a\r\nb\rc\nd', 8), { row: 2, column: 1 });
  assert.deepEqual(pointAt('😀x', 2), { row: 0, column: 2 });
});

test('node offsets are UTF-16 code units, like LSP positions', async () => {
  const analyzer = await getAnalyzer();
  const text = 's = "😀é"\r\nfrom django.conf.urls import url\r\n';
  const tree = analyzer.parse('python', text);
  const statement = tree.rootNode.namedChildren[1]!;
  assert.equal(statement.startIndex, text.indexOf('from'));
  tree.delete();
});
