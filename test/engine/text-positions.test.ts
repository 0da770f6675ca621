import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, positionFinding } from '../../server/src/engine/text-positions';
import { toReported } from '../../server/src/cli/output-formats';
import { getAnalyzer, inputFor, optionsFor } from '../helpers/analyzer';

describe('LineIndex: offsets as LSP positions', () => {
  const cases: Array<{ name: string; text: string; offset: number; line: number; character: number }> = [
    { name: 'start of the text', text: 'ab\ncd', offset: 0, line: 0, character: 0 },
    { name: 'the "\\n" itself is on its line', text: 'ab\ncd', offset: 2, line: 0, character: 2 },
    { name: 'after "\\n"', text: 'ab\ncd', offset: 3, line: 1, character: 0 },
    { name: 'after "\\r\\n"', text: 'ab\r\ncd', offset: 4, line: 1, character: 0 },
    { name: 'a lone "\\r" ends a line', text: 'ab\rcd', offset: 4, line: 1, character: 1 },
    { name: 'between "\\r" and "\\n": before the "\\r"', text: 'ab\r\ncd', offset: 3, line: 0, character: 2 },
    { name: '"\\n\\r" is two line breaks', text: 'a\n\rb', offset: 3, line: 2, character: 0 },
    { name: 'end of the text after a final break', text: 'a\r\n', offset: 3, line: 1, character: 0 },
    { name: 'astral characters count two UTF-16 units', text: '\u{1F600}x\ny', offset: 3, line: 0, character: 3 },
    { name: 'an offset past the end is clamped', text: 'ab\ncd', offset: 99, line: 1, character: 2 },
    { name: 'a negative offset is clamped', text: 'ab', offset: -4, line: 0, character: 0 },
    { name: 'empty text', text: '', offset: 0, line: 0, character: 0 },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(new LineIndex(c.text).positionAt(c.offset), { line: c.line, character: c.character });
    });
  }

  test('lineAt and lineCount', () => {
    const index = new LineIndex('a\r\nb\rc\nd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((o) => index.lineAt(o)), [0, 0, 0, 1, 1, 2, 2, 3]);
  });

  test('agrees with TextDocument.positionAt at every offset of random texts', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pieces = ['a', 'bc', '\n', '\r', '\r\n', '\u00e9', '\u{1F600}', '  ', '\n\n'];
    for (let round = 0; round < 200; round++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const document = TextDocument.create('file:///t.py', 'python', 1, text);
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        assert.deepEqual(index.positionAt(offset), document.positionAt(offset), `${JSON.stringify(text)} at ${offset}`);
      }
      assert.equal(index.lineCount, document.lineCount, JSON.stringify(text));
    }
  });
});

describe('one positioned finding for the server, the scan and the CLI', () => {
  test('positionFinding carries the rule, the range and whether it is fixable; the CLI row is the same finding, 1-based', async () => {
    const analyzer = await getAnalyzer();
    const code = 'import os\r\nfrom django.conf.urls import url\r\n';
    const [finding] = analyzer.lint(inputFor(code), optionsFor(null, '3.2', '5.2'));
    const positioned = positionFinding(finding, new LineIndex(code));
    assert.equal(positioned.rule, 'conf-urls-url');
    assert.deepEqual(positioned.range.start, { line: 1, character: finding.start - code.indexOf('from') });
    assert.equal(positioned.docsUrl, finding.rule.docsUrl);
    assert.equal(positioned.hasFix, Boolean(finding.fix));
    assert.equal(positioned.fixable, Boolean(finding.fix?.automatic));
    const [row] = toReported([{ file: '/p/urls.py', text: code, findings: [finding] }], '/p');
    assert.deepEqual(
      { path: row.path, line: row.line, column: row.column, endLine: row.endLine, endColumn: row.endColumn, rule: row.rule, fixable: row.fixable },
      {
        path: 'urls.py',
        line: positioned.range.start.line + 1,
        column: positioned.range.start.character + 1,
        endLine: positioned.range.end.line + 1,
        endColumn: positioned.range.end.character + 1,
        rule: 'conf-urls-url',
        fixable: positioned.fixable,
      },
    );
    // The JSON contract's field order is part of its bytes.
    assert.deepEqual(Object.keys(row), ['path', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'deprecatedIn', 'removedIn', 'fixable']);
  });
});
