// An incremental reparse reads the text in chunks of 512 UTF-16 units (parsing/incremental-document.ts):
// a chunk may end inside a surrogate pair, a CRLF or a token. Edits of a text made of lines that put
// astral characters, CRLFs and long tokens across every chunk boundary must give the tree and the
// positions of a fresh parse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { getAnalyzer } from '../helpers/analyzer';
import { lspChange, positionDifference } from '../robustness/fuzz-support';

test('incremental reparses in chunks equal fresh parses where chunks split characters, line breaks and tokens', async () => {
  const analyzer = await getAnalyzer();
  // Lines of varying length so that the chunk edges (every 512 units) fall on every kind of place.
  const lines: string[] = [];
  for (let i = 0; lines.join('').length < 40_000; i++) {
    const pad = 'x'.repeat(i % 37);
    lines.push(i % 3 === 0 ? `s_${i} = "😀${pad}𝔘𝔫𝔦"\r\n` : i % 3 === 1 ? `def f_${i}(a, b):  # café ${pad}\n    return a + b\n` : `n_${i} = ${'9'.repeat(1 + (i % 50))}\n`);
  }
  const text = lines.join('');
  const document = new IncrementalDocument('file:///chunks.py', 'python', 1, text, analyzer.parser('python'));
  try {
    document.getTree();
    let version = 1;
    let compared = 0;
    for (let at = 300; at < text.length - 10; at += 2_011) {
      // Insert and remove a character in turn, at offsets that move across the chunk edges.
      for (const edit of [{ start: at, end: at, text: '😀' }, { start: at, end: at + 2, text: '' }]) {
        const current = document.text;
        const offset = edit.start > 0 && current.charCodeAt(edit.start - 1) >= 0xd800 && current.charCodeAt(edit.start - 1) <= 0xdbff ? edit.start + 1 : edit.start;
        const placed = { ...edit, start: offset, end: offset + (edit.end - edit.start) };
        document.update([lspChange(current, placed)], ++version);
        const incremental = document.getTree();
        const fresh = analyzer.parse('python', document.text);
        try {
          assert.equal(incremental.rootNode.toString(), fresh.rootNode.toString(), `after ${JSON.stringify(placed)}`);
          assert.equal(positionDifference(incremental, fresh), null);
          compared++;
        } finally {
          fresh.delete();
        }
      }
    }
    assert.equal(document.text, text);
    assert.ok(compared > 30);
    assert.ok(document.incrementalParses >= compared, 'the reparses were incremental');
  } finally {
    document.dispose();
  }
});
