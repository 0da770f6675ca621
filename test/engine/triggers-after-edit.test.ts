// After an edit, the incremental check decides which rules the new text triggers from what the
// last text triggered (engine/incremental-check.ts, `triggeredAfterEdit`): trigger words by their
// counts, line-bounded trigger patterns by a search of the changed lines only. Proved with edits
// that write and remove each trigger pattern's construct and trigger words inside a function body
// (statement checks), each compared with a fresh lint.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { IncrementalCheck, isLineBounded } from '../../server/src/engine/incremental-check';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, describeFinding, lspChange } from '../robustness/fuzz-support';

const base = `from django.db import models


def first(request):
    total = 1
    return total


def second(items):
    count = 0
    return count


def third(value):
    return value
`;

/** Lines written into the body of `second` (one at a time, each removed again), and pairs of them. */
const lines = [
  '    same = a <> b\n',
  '    mode = 0777\n',
  '    big = 10L\n',
  '    text = `count`\n',
  '    qs = Book.objects.filter(author__isnull=1)\n',
  '    obj.book_set = [count]\n',
  '    label = ugettext("x")\n',
  '    # a <> in a comment, 0755 too\n',
];

test('trigger words and line-bounded trigger patterns written and removed: the check equals a fresh lint', async () => {
  const analyzer = await getAnalyzer();
  const file = (text: string) => ({ language: 'python' as const, path: 'app/views.py', text, fileKinds: fileKindsOf('app/views.py') });
  const fresh = (text: string) => analyzer.lint(file(text), allRulesOptions).map(describeFinding).join('\n');
  const at = base.indexOf('    count = 0\n');
  const at2 = base.indexOf('    return value\n');
  let statementChecks = 0;
  const sequences: Array<Array<{ offset: number; line: string }>> = [];
  for (const line of lines) sequences.push([{ offset: at, line }]);
  // Two constructs, in two functions: removing one leaves the other's pattern triggered.
  for (const [i, line] of lines.entries()) sequences.push([{ offset: at, line }, { offset: at2, line: lines[(i + 1) % lines.length] }, { offset: at2, line: line }]);
  for (const sequence of sequences) {
    const document = new IncrementalDocument('file:///edit/app/views.py', 'python', 1, base, analyzer.parser('python'));
    const check = new IncrementalCheck(analyzer.rules);
    try {
      analyzer.lintChange(check, file(base), document.getTree(), document.takeChange(), allRulesOptions);
      let version = 1;
      const undo: Array<{ start: number; end: number }> = [];
      const apply = (edit: { start: number; end: number; text: string }) => {
        document.update([lspChange(document.text, edit)], ++version);
        const text = document.text;
        const found = analyzer.lintChange(check, file(text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding).join('\n');
        if (check.lastKind === 'statements') statementChecks++;
        assert.equal(found, fresh(text), `after ${JSON.stringify(edit)} in ${JSON.stringify(text)}`);
      };
      // Insert each line (offsets in the current text: later insertions go before earlier ones'
      // offsets only when at2 > at, so insert in the order given and keep the spans).
      let shift = 0;
      for (const { offset, line } of sequence) {
        const start = offset + (offset > at ? shift : 0);
        apply({ start, end: start, text: line });
        undo.push({ start, end: start + line.length });
        if (offset === at) shift += line.length;
      }
      for (const span of undo.reverse()) apply({ ...span, text: '' });
      assert.equal(document.text, base);
    } finally {
      document.dispose();
    }
  }
  assert.ok(statementChecks > 20, `statement checks: ${statementChecks}`);
});

test('isLineBounded: the catalogue\'s trigger patterns are; patterns that can match a line break are not', () => {
  for (const rule of rules) if (rule.triggerPattern) assert.ok(isLineBounded(rule.triggerPattern), `${rule.id}: ${rule.triggerPattern}`);
  for (const pattern of [/a\.b/, /[\w.]x/, /(?<![\w.])0[0-7]*[1-7]/, /<>/, /a\$/, /[$^]x/]) assert.equal(isLineBounded(pattern), true, String(pattern));
  for (const pattern of [/a.b/, /a\sb/, /[^a]/, /x$/m, /x$/, /^x/, /a[\s]/, /\x0a/, /[\0-z]/, /(a)\1/, /a\W/, /a.b/s]) assert.equal(isLineBounded(pattern), false, String(pattern));
});
