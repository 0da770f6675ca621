// python2-tuple-parameters asks the tree only about the `def`s and `lambda`s whose text may open a
// tuple parameter (`mayOpenTupleParameter`). The filter may only say no where there is none: proved
// on every function and lambda of the corpora, examples and python2 parse cases, and on a table of cases.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { mayOpenTupleParameter } from '../../server/src/rules/python2/python2-tuple-parameters';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { parseCases } from '../python2/parse-cases';
import { corpusFiles } from '../robustness/fuzz-support';

const cases: Array<[string, boolean]> = [
  ['def f(a, b):', false],
  ['def f(a, (b, c)):', true],
  ['def f((a, b)=(1, 2)):', true],
  ['def f(a=(1, 2), *args, **kw):', false],
  ['def f(\n    a,\n    (b, c),\n):', true],
  ['def f(a: (int), b=[(1, 2)]) -> (int):', false],
  ['def f(a="(", b=1):', true], // a string: not read here
  ['def f(a, # (b\n c):', true], // a comment: not read here
  ['def f[T](a, (b, c)):', true],
  ['lambda (k, v): k', true],
  ['lambda k, (a, b): k', true],
  ['lambda k, v: (k, v)', false],
  ['lambda: (1, 2)', false],
  ['lambda x=(1, 2): x', false],
];

test('mayOpenTupleParameter reads plain parameter lists and leaves the rest to the tree', () => {
  for (const [code, expected] of cases) {
    const lambda = code.startsWith('lambda');
    assert.equal(mayOpenTupleParameter(code, lambda ? 'lambda'.length : 'def'.length, lambda), expected, code);
  }
});

test('mayOpenTupleParameter says yes at every function and lambda with a tuple parameter', async (t) => {
  const analyzer = await getAnalyzer();
  const parser = analyzer.parser('python');
  const texts = corpusFiles().filter((file) => file.language === 'python').map((file) => file.text);
  for (const rule of rules) if (rule.languages.includes('python')) for (const example of [...rule.examples.invalid, ...rule.examples.valid]) texts.push(example.code);
  texts.push(...parseCases.map((c) => c.code));
  let withTuple = 0;
  const missed: string[] = [];
  for (const text of texts) {
    const tree = parser.parse(text);
    if (!tree) continue;
    for (const fn of tree.rootNode.descendantsOfType(['function_definition', 'lambda']) as Node[]) {
      const parameters = fn.childForFieldName('parameters');
      const tuple = parameters?.namedChildren.some((p) => p?.type === 'tuple_pattern' || (p?.type === 'default_parameter' && p.childForFieldName('name')?.type === 'tuple_pattern'));
      if (!tuple) continue;
      withTuple++;
      const keyword = fn.type === 'lambda' ? 'lambda' : 'def';
      const at = fn.children.find((c) => c?.type === keyword)!.startIndex;
      if (!mayOpenTupleParameter(text, at + keyword.length, keyword === 'lambda')) missed.push(fn.text.slice(0, 80));
    }
    tree.delete();
  }
  t.diagnostic(`${withTuple} functions and lambdas with a tuple parameter`);
  assert.ok(withTuple >= 3);
  assert.deepEqual(missed, []);
});
