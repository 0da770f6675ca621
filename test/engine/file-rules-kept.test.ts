// A statement check keeps the findings of a rule with `locality: 'file'` without running it when
// the edit wrote or removed none of the words the rule looked for (engine/incremental-check.ts).
// Proved here with real edits that remove and restore what such rules read in other statements:
// on every Python corpus file and every example of the catalogue, statements inside functions and
// classes (and inside the methods of classes) are deleted one at a time, then put back, and after
// each edit the incremental check must equal a fresh lint.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { IncrementalCheck } from '../../server/src/engine/incremental-check';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, bodyStatements, corpusFiles, describeFinding, lspChange } from '../robustness/fuzz-support';

/** At most this many statements per file are deleted and restored (evenly spread), to bound the run. */
const editsPerFile = 12;

/** Ordinary code, appended to the examples of file rules. */
const unrelated = `def report_totals(rows):
    total = 0
    for row in rows:
        total += row.amount
    label = "total: %d" % total
    return label


class CsvImporter(object):
    delimiter = ","
    encoding = "utf-8"

    def rows(self, handle):
        lines = handle.read().splitlines()
        header = lines[0].split(self.delimiter)
        return [dict(zip(header, line.split(self.delimiter))) for line in lines[1:]]
`;

function wholeLines(text: string, start: number, end: number): { start: number; end: number } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  return { start: from, end: newline === -1 ? text.length : newline + 1 };
}

test('file rules keep their findings only where the edit cannot change them: deleting and restoring statements', async (t) => {
  const analyzer = await getAnalyzer();
  const fileRules = new Set(rules.filter((rule) => rule.locality === 'file').map((rule) => rule.id));
  const inputs: Array<{ path: string; text: string }> = corpusFiles()
    .filter((file) => file.language === 'python')
    .map((file) => ({ path: file.path.split('/').slice(-3).join('/'), text: file.text }));
  for (const rule of rules) {
    if (!rule.languages.includes('python')) continue;
    for (const example of [...rule.examples.valid, ...rule.examples.invalid]) {
      inputs.push({ path: example.filename ?? 'example.py', text: example.code });
      // With code the rule does not read after it: edits there keep the rule's findings.
      if (rule.locality === 'file') inputs.push({ path: example.filename ?? 'example.py', text: `${example.code.trimEnd()}\n\n\n${unrelated}` });
    }
  }
  const failures: string[] = [];
  let statementChecks = 0;
  let kept = 0;
  for (const input of inputs) {
    const file = (text: string) => ({ language: 'python' as const, path: input.path, text, fileKinds: fileKindsOf(input.path) });
    const fresh = (text: string) => analyzer.lint(file(text), allRulesOptions).map(describeFinding).join('\n');
    const parsed = analyzer.parse('python', input.text);
    const spans = bodyStatements(parsed.rootNode).map((node) => wholeLines(input.text, node.startIndex, node.endIndex));
    parsed.delete();
    const initial = fresh(input.text);
    // Only inputs where a file rule finds something, or could once a statement is gone.
    if (![...fileRules].some((id) => rules.find((r) => r.id === id)!.triggers?.some((word) => new RegExp(`\\b${word}\\b`).test(input.text)))) continue;
    const step = Math.max(1, Math.ceil(spans.length / editsPerFile));
    for (let i = 0; i < spans.length; i += step) {
      const span = spans[i];
      const removed = input.text.slice(span.start, span.end);
      const document = new IncrementalDocument(`file:///kept/${input.path}`, 'python', 1, input.text, analyzer.parser('python'));
      const check = new IncrementalCheck(analyzer.rules);
      try {
        analyzer.lintChange(check, file(input.text), document.getTree(), document.takeChange(), allRulesOptions);
        const edits = [
          { start: span.start, end: span.end, text: '' },
          { start: span.start, end: span.start, text: removed },
        ];
        let failed = false;
        for (const [n, edit] of edits.entries()) {
          document.update([lspChange(document.text, edit)], n + 2);
          const text = document.text;
          const found = analyzer.lintChange(check, file(text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding).join('\n');
          if (check.lastKind === 'statements') statementChecks++;
          kept += check.lastKept.length;
          const expected = fresh(text);
          if (found !== expected) {
            const a = found.split('\n');
            const b = expected.split('\n');
            failures.push(`${input.path}, ${n === 0 ? 'deleting' : 'restoring'} ${JSON.stringify(removed.slice(0, 80))} (${check.lastKind}): only incremental: ${JSON.stringify(a.filter((x) => !b.includes(x))).slice(0, 500)}; only fresh: ${JSON.stringify(b.filter((x) => !a.includes(x))).slice(0, 500)}`);
            failed = true;
            break;
          }
        }
        if (!failed) assert.equal(fresh(document.text), initial, `${input.path}: restored`);
      } finally {
        document.dispose();
      }
    }
  }
  t.diagnostic(`${statementChecks} statement checks; file rules kept without running ${kept} times`);
  assert.ok(statementChecks > 200, `statement checks: ${statementChecks}`);
  assert.ok(kept > 100, `file rules kept: ${kept}`);
  assert.deepEqual(failures, []);
});
