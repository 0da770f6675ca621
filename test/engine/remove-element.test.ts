// removeElement (engine/python-edits.ts) on every shape of container: one, two and three elements,
// with and without a trailing comma, on one line and on several, with comments, in tuples (which
// must stay tuples), lists, dicts and argument lists. Each result must also parse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { applyEdits } from '../../server/src/engine/apply-fixes';
import { removeElement } from '../../server/src/engine/python-edits';
import { getAnalyzer } from '../helpers/analyzer';

const containers = new Set(['tuple', 'list', 'dictionary', 'set', 'argument_list']);

/** The code with the `index`th element of its first container removed. */
async function removed(code: string, index: number): Promise<string> {
  const analyzer = await getAnalyzer();
  const tree = analyzer.parse('python', code);
  try {
    const container = tree.rootNode.descendantsOfType([...containers]).find((n): n is Node => n !== null)!;
    const items = container.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
    const output = applyEdits(code, removeElement(code, container, items[index]));
    const fixed = analyzer.parse('python', output);
    try {
      assert.equal(fixed.rootNode.hasError, false, `parses:\n${output}`);
    } finally {
      fixed.delete();
    }
    return output;
  } finally {
    tree.delete();
  }
}

const cases: Array<{ name: string; code: string; removed: string[] }> = [
  // `removed[i]` is the code once element i is removed.
  { name: 'a one-element tuple', code: 'X = ("a",)\n', removed: ['X = ()\n'] },
  { name: 'a one-element list over lines, with a comment', code: 'X = [\n    "a",  # only\n]\n', removed: ['X = []\n'] },
  { name: 'a two-element tuple', code: 'X = ("a", "b")\n', removed: ['X = ("b",)\n', 'X = ("a",)\n'] },
  { name: 'a two-element tuple with a trailing comma', code: 'X = ("a", "b",)\n', removed: ['X = ("b",)\n', 'X = ("a",)\n'] },
  { name: 'a three-element tuple', code: 'X = ("a", "b", "c")\n', removed: ['X = ("b", "c")\n', 'X = ("a", "c")\n', 'X = ("a", "b")\n'] },
  { name: 'a three-element tuple with a trailing comma', code: 'X = ("a", "b", "c",)\n', removed: ['X = ("b", "c",)\n', 'X = ("a", "c",)\n', 'X = ("a", "b",)\n'] },
  {
    name: 'a two-element tuple over lines, with a trailing comma',
    code: 'X = (\n    "a",\n    "b",\n)\n',
    removed: ['X = (\n    "b",\n)\n', 'X = (\n    "a",\n)\n'],
  },
  {
    name: 'a two-element tuple over lines, without a trailing comma',
    code: 'X = (\n    "a",\n    "b"\n)\n',
    removed: ['X = (\n    "b",\n)\n', 'X = (\n    "a",\n)\n'],
  },
  {
    name: 'a two-element tuple closed on the last line',
    code: 'X = ("a",\n     "b")\n',
    removed: ['X = ("b",)\n', 'X = ("a",)\n'],
  },
  {
    name: 'a tuple whose comma starts the next line',
    code: 'X = (\n    "a"\n    , "b"\n)\n',
    removed: ['X = (\n    "b",\n)\n', 'X = (\n    "a",\n)\n'],
  },
  {
    name: 'a three-element list over lines, with a trailing comma',
    code: 'X = [\n    "a",\n    "b",\n    "c",\n]\n',
    removed: ['X = [\n    "b",\n    "c",\n]\n', 'X = [\n    "a",\n    "c",\n]\n', 'X = [\n    "a",\n    "b",\n]\n'],
  },
  {
    name: 'a three-element list over lines, without a trailing comma',
    code: 'X = [\n    "a",\n    "b",\n    "c"\n]\n',
    removed: ['X = [\n    "b",\n    "c"\n]\n', 'X = [\n    "a",\n    "c"\n]\n', 'X = [\n    "a",\n    "b"\n]\n'],
  },
  {
    name: 'comments: an element takes its own line comment, the others keep theirs',
    code: 'X = [\n    "a",  # keep a\n    "b",  # goes with b\n    # about c\n    "c",\n]\n',
    removed: [
      'X = [\n    "b",  # goes with b\n    # about c\n    "c",\n]\n',
      'X = [\n    "a",  # keep a\n    # about c\n    "c",\n]\n',
      'X = [\n    "a",  # keep a\n    "b",  # goes with b\n    # about c\n]\n',
    ],
  },
  {
    name: 'comments: the last element without a comma, after a commented line',
    code: 'X = [\n    "a",  # keep a\n    "b"\n]\n',
    removed: ['X = [\n    "b"\n]\n', 'X = [\n    "a"  # keep a\n]\n'],
  },
  {
    name: 'comments: elements sharing lines keep the comments between them',
    code: 'X = ["a", "b",  # note\n     "c"]\n',
    removed: ['X = ["b",  # note\n     "c"]\n', 'X = ["a", # note\n     "c"]\n', 'X = ["a", "b",  # note\n]\n'],
  },
  {
    name: 'a dict over lines, with a value over several lines',
    code: 'X = {\n    "a": 1,\n    "b": [\n        2,\n    ],\n}\n',
    removed: ['X = {\n    "b": [\n        2,\n    ],\n}\n', 'X = {\n    "a": 1,\n}\n'],
  },
  { name: 'a dict on one line', code: 'X = {"a": 1, "b": 2}\n', removed: ['X = {"b": 2}\n', 'X = {"a": 1}\n'] },
  { name: 'an argument list on one line', code: 'f(a, b=1)\n', removed: ['f(b=1)\n', 'f(a)\n'] },
  {
    name: 'an argument list over lines',
    code: 'f(\n    a,\n    b=1,\n    **kwargs\n)\n',
    removed: ['f(\n    b=1,\n    **kwargs\n)\n', 'f(\n    a,\n    **kwargs\n)\n', 'f(\n    a,\n    b=1\n)\n'],
  },
  {
    name: 'CRLF line ends',
    code: 'X = (\r\n    "a",\r\n    "b",\r\n)\r\n',
    removed: ['X = (\r\n    "b",\r\n)\r\n', 'X = (\r\n    "a",\r\n)\r\n'],
  },
];

for (const { name, code, removed: expected } of cases) {
  test(`removeElement: ${name}`, async () => {
    for (const [index, output] of expected.entries()) {
      assert.equal(await removed(code, index), output, `element ${index}`);
    }
  });
}
