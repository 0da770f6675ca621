// Incremental parsing must give the same tree as a fresh parse after any edit: positions are
// UTF-16 (as in LSP and web-tree-sitter), with non-ASCII, astral characters, CRLF and lone CR.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IncrementalDocument, pointAt } from '../../server/src/parsing/incremental-document';
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
      }
    }
    assert.ok(document.incrementalParses > 10, 'reparses reuse the old tree');
    assert.equal(document.fullParses, 1);
    document.dispose();
  }
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
