// How tree-sitter-python (the grammar the server parses with, package.json's tree-sitter-python)
// parses the Python 2 constructs of issue 14, pinned so that a grammar upgrade that changes a
// shape the python2 rules rely on fails here first. docs/python2.md explains each shape and how a
// rule detects it. Every case ends with `after = 1`: the statement after the construct must still
// parse as an ordinary statement, outside any ERROR node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allNodes, errorNodes, parseCases, pythonParser, where } from './parse-cases';

for (const [index, parseCase] of parseCases.entries()) {
  test(`${parseCase.construct} #${index}: ${parseCase.note}`, async () => {
    const tree = (await pythonParser()).parse(parseCase.code)!;
    try {
      const root = tree.rootNode;
      assert.equal(root.toString(), parseCase.tree);
      assert.deepEqual(errorNodes(root), parseCase.errors);
      const nodes = allNodes(root);
      for (const spec of parseCase.nodes) {
        const match = /^(\S+) (\d+):(\d+) ([\s\S]*)$/.exec(spec)!;
        const [, type, line, column, text] = match;
        const hit = nodes.find((n) => n.type === type && where(n) === `${line}:${column}` && n.text === text);
        assert.ok(hit, `no ${type} at ${line}:${column} with text ${JSON.stringify(text)}`);
      }
      // The rest of the file: the last statement is an ordinary assignment, not inside an ERROR.
      const last = root.namedChildren[root.namedChildCount - 1]!;
      assert.equal(last.type, 'expression_statement');
      assert.equal(last.text, 'after = 1');
      assert.equal(last.hasError, false);
    } finally {
      tree.delete();
    }
  });
}
