// parsing/tree-sitter-module.ts: `cursorAt` walks with tree-sitter's wasm functions once the engine
// has loaded the grammars (languages.ts passes `treeSitterModule` to Parser.init), and such a walk
// visits exactly what web-tree-sitter's TreeCursor visits, with the same answers at every node, even
// when other calls of web-tree-sitter come between two moves (after `currentNode`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TreeCursor } from 'web-tree-sitter';
import { type Cursor, cursorAt } from '../../server/src/parsing/tree-sitter-module';
import { getAnalyzer } from '../helpers/analyzer';
import { corpusFiles } from '../robustness/fuzz-support';

/** Every node of a walk as "typeId field start-end", calling `between` at each node (after reading it). */
function visit(cursor: Cursor, between: (cursor: Cursor) => void): string[] {
  const seen: string[] = [];
  for (;;) {
    seen.push(`${cursor.nodeTypeId} ${cursor.currentFieldId} ${cursor.startIndex}-${cursor.endIndex}`);
    between(cursor);
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return seen;
      }
    }
  }
}

test('cursorAt walks on the wasm functions and visits what a TreeCursor visits', async () => {
  const analyzer = await getAnalyzer();
  const parser = analyzer.parser('python');
  const files = corpusFiles().filter((file) => file.language === 'python').slice(0, 60);
  assert.ok(files.length >= 20);
  for (const file of files) {
    const tree = parser.parse(file.text)!;
    const fast = cursorAt(tree.rootNode);
    assert.ok(!(fast instanceof TreeCursor), 'the wasm cursor is used');
    // A TreeCursor's walk before the first call on it: the cursor takes its state back.
    const expected = visit(tree.walk(), () => {});
    assert.deepEqual(visit(fast, () => {}), expected, file.path);
    // Other calls into web-tree-sitter between moves: the cursor takes its state back.
    let n = 0;
    const interleaved = visit(cursorAt(tree.rootNode), (cursor) => {
      if (n++ % 7 !== 0) return;
      const node = cursor.currentNode;
      void node.parent?.type;
      void tree.rootNode.descendantForIndex(node.startIndex, node.endIndex)?.text;
    });
    assert.deepEqual(interleaved, expected, `${file.path}, with calls between moves`);
    tree.delete();
  }
});
