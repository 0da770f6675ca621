// The code text (engine/code-text.ts) that the gates of rules with `triggersInCode` read: exact
// outputs for each construct it reads, and, on every frozen input and example, every token that
// tree-sitter reads as code kept as it is (so a gate that reads the code text sees every construct
// a rule can find).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from '../../server/src/engine/code-text';
import { codeTokensChanged } from '../../server/src/engine/code-text-check';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { readInputs } from './baseline';

/** Each text and its code text (null: not read, the gate then reads the text). */
const table: Array<[string, string | null]> = [
  // Comments, and strings keeping their prefixes and quotes.
  ['x = 1  # a comment\ny = 2\n', 'x = 1             \ny = 2\n'],
  ['x = "a#b" + \'c\'  # "d"\n', 'x = "   " + \' \'       \n'],
  ['# only a comment', '                '],
  ['x = r"\\"" + b\'\\\'\' + u"\\\\"\n', 'x = r"  " + b\'  \' + u"  "\n'],
  ['x = rb"a" + Br"b" + ur"c" + U"d"\n', 'x = rb" " + Br" " + ur" " + U" "\n'],
  // Triple quotes: one line, but the last line of a string that spans lines stays.
  ['def f():\n    """Doc with `x`, 0777.\n\n    More.\n    """\n', 'def f():\n    """                                   """\n'],
  ["s = '''one\ntwo''' + x\n", "s = '''    two''' + x\n"],
  ["x = '''a\\'''b''' + 1\n", "x = ''' \\'''b''' + 1\n"],
  // f-strings (and t-strings): the replacement fields are code, their nested strings and format specifications are not.
  ['x = f"a{b}c{d!r:>{w}}e"\n', 'x = f" {b} {d!r: {w}} "\n'],
  ["x = f'{d[\"k\"]}' + F\"{e['k']}\"\n", "x = f'{d[\" \"]}' + F\"{e[' ']}\"\n"],
  ['x = f"{{literal}} {y}"\n', 'x = f"            {y}"\n'],
  ['x = f"""{\n    a  # note\n}"""\n', 'x = f"""{     a         }"""\n'],
  ['x = t"{a}" + rf"{b}\\d"\n', 'x = t"{a}" + rf"{b}  "\n'],
  ['x = xf"a"\n', 'x = xf" "\n'],
  ['x = f"{a:=1}"\n', null],
  ['x = f"{a:\'>10}"\n', null],
  ['x = f"\\{a}"\n', null],
  ['x = xf"{a}"\n', null],
  // Backslash continuations and brackets across lines: one line; CRLF and tabs.
  ['x = 1 + \\\n    2\n', 'x = 1 +       2\n'],
  ['call(a,\n     b)  # end\nnext()\n', 'call(a,      b)       \nnext()\n'],
  ['call(a,\r\n     b)\r\nnext()\r\n', 'call(a,       b)\r\nnext()\r\n'],
  ['x = [\n\t1,\n\t2]\n', 'x = [ \t1, \t2]\n'],
  // A one-quote string continued with a backslash stays as it is; so do backticks.
  ['x = "a\\\nb" + 1\n', 'x = "a\\\nb" + 1\n'],
  ['x = `y` + 1\n', 'x = `y` + 1\n'],
  // Not read: unterminated strings, brackets that do not pair, what backticks may hide.
  ['x = `"y"`\n', null],
  ['x = "abc\n', null],
  ["x = '''abc\n", null],
  ['x = (1\n', null],
  ['x = 1)\n', null],
  ['x = (1]\n', null],
  ['x = "a\rb"\n', null],
  // Text outside Latin-1.
  ['x = "été ✓"  # ✓\ny = 1\n', 'x = "     "     \ny = 1\n'],
];

test('the code text of each construct', () => {
  const wrong = table.filter(([text, code]) => codeText(text) !== code).map(([text, code]) => `${JSON.stringify(text)}: ${JSON.stringify(codeText(text))}, expected ${JSON.stringify(code)}`);
  assert.deepEqual(wrong, []);
});

test('the code text keeps every token tree-sitter reads as code, on every frozen input and example', async () => {
  const analyzer = await getAnalyzer();
  const texts = readInputs().filter((input) => input.path.endsWith('.py')).map((input) => ({ id: input.id, text: input.text }));
  for (const rule of rules) {
    if (!rule.languages.includes('python')) continue;
    [...rule.examples.valid, ...rule.examples.invalid].forEach((example, index) => texts.push({ id: `${rule.id} #${index + 1}`, text: example.code }));
  }
  for (const [index, [text]] of table.entries()) texts.push({ id: `table #${index + 1}`, text });
  const problems: string[] = [];
  let read = 0;
  for (const { id, text } of texts) {
    const code = codeText(text);
    if (code === null) continue;
    read++;
    assert.equal(code.length, text.length, id);
    for (let i = 0; i < text.length; i++) {
      if (code[i] !== text[i] && code[i] !== ' ') problems.push(`${id}: ${JSON.stringify(text[i])} at ${i} became ${JSON.stringify(code[i])}`);
    }
    const tree = analyzer.parse('python', text);
    try {
      for (const token of codeTokensChanged(tree, text, code)) problems.push(`${id}: ${token.type} ${JSON.stringify(token.text)} at ${token.start} blanked`);
    } finally {
      tree.delete();
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(read > texts.length * 0.9, `read ${read} of ${texts.length}`);
});
