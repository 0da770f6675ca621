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
import type { Tree } from 'web-tree-sitter';
import type { Rule } from '../../server/src/engine/types';
import type { TextChange } from '../../server/src/parsing/incremental-document';
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

/** Writes each sequence's lines into `base` one after the other, then removes them, comparing every check with a fresh lint; returns the statement checks. */
async function writeAndRemove(base: string, sequences: Array<Array<{ offset: number; line: string }>>): Promise<number> {
  const analyzer = await getAnalyzer();
  const file = (text: string) => ({ language: 'python' as const, path: 'app/views.py', text, fileKinds: fileKindsOf('app/views.py') });
  const fresh = (text: string) => analyzer.lint(file(text), allRulesOptions).map(describeFinding).join('\n');
  let statementChecks = 0;
  for (const sequence of sequences) {
    const document = new IncrementalDocument('file:///edit/app/views.py', 'python', 1, base, analyzer.parser('python'));
    const check = new IncrementalCheck(analyzer.rules);
    try {
      analyzer.lintChange(check, file(base), document.getTree(), document.takeChange(), allRulesOptions);
      let version = 1;
      const apply = (edit: { start: number; end: number; text: string }) => {
        document.update([lspChange(document.text, edit)], ++version);
        const text = document.text;
        const found = analyzer.lintChange(check, file(text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding).join('\n');
        if (check.lastKind === 'statements') statementChecks++;
        assert.equal(found, fresh(text), `after ${JSON.stringify(edit)} in ${JSON.stringify(text)}`);
      };
      // Each line goes in at its offset in `base`, moved by the lines inserted before that offset.
      const inserted: Array<{ offset: number; length: number }> = [];
      const spans: Array<{ start: number; end: number }> = [];
      for (const { offset, line } of sequence) {
        const start = offset + inserted.filter((i) => i.offset <= offset).reduce((sum, i) => sum + i.length, 0);
        apply({ start, end: start, text: line });
        // The spans inserted earlier at or after this point move.
        for (const span of spans) if (span.start >= start) (span.start += line.length), (span.end += line.length);
        spans.push({ start, end: start + line.length });
        inserted.push({ offset, length: line.length });
      }
      for (const span of spans.reverse()) {
        apply({ ...span, text: '' });
        for (const other of spans) if (other.start > span.start) (other.start -= span.end - span.start), (other.end -= span.end - span.start);
      }
      assert.equal(document.text, base);
    } finally {
      document.dispose();
    }
  }
  return statementChecks;
}

test('trigger words and line-bounded trigger patterns written and removed: the check equals a fresh lint', async () => {
  const at = base.indexOf('    count = 0\n');
  const at2 = base.indexOf('    return value\n');
  const sequences: Array<Array<{ offset: number; line: string }>> = [];
  for (const line of lines) sequences.push([{ offset: at, line }]);
  // Two constructs, in two functions: removing one leaves the other's pattern triggered.
  for (const [i, line] of lines.entries()) sequences.push([{ offset: at, line }, { offset: at2, line: lines[(i + 1) % lines.length] }, { offset: at2, line: line }]);
  // Two constructs in one function: the pattern is searched in the changed lines, not in the
  // statement around them, so removing one leaves the other's match outside those lines.
  for (const [i, line] of lines.entries()) sequences.push([{ offset: at, line }, { offset: at, line: lines[(i + 3) % lines.length] }, { offset: at, line }]);
  const statementChecks = await writeAndRemove(base, sequences);
  assert.ok(statementChecks > 20, `statement checks: ${statementChecks}`);
});

test('trigger patterns of rules that also require words: the pattern and the required words written and removed apart', async () => {
  // Every rule here has a pattern and required words: `url-regex-inline-flags` (\`(?i\` with
  // `django` and `url` or `re_path`), `contrib-comments` and `db-models-related` (the module's
  // dotted path, each of its words required). A required word written in one function while the
  // pattern's construct stands in another triggers the rule from a match outside the changed lines.
  const requiring = ['url-regex-inline-flags', 'contrib-comments', 'db-models-related'];
  for (const id of requiring) {
    const rule = rules.find((r) => r.id === id);
    assert.ok(rule?.triggerPattern && (rule.requires || rule.requiresOneOf), `${id} has a pattern and required words`);
  }
  const at = base.indexOf('    count = 0\n');
  const at2 = base.indexOf('    return value\n');
  const flags = "    pattern = r'(?i)^books/$'\n";
  const urlWord = '    route = url(pattern, first)\n';
  const comments = '    app = django.contrib.comments.get_model()\n';
  const related = '    desc = django.db.models.related.RelatedObject\n';
  const commentsWord = '    label = "comments"\n';
  const relatedWord = '    kind = "related"\n';
  const sequences = [
    // The pattern first, its required word later in another function, and the other way round.
    [{ offset: at, line: flags }, { offset: at2, line: urlWord }],
    [{ offset: at2, line: urlWord }, { offset: at, line: flags }],
    [{ offset: at, line: `${flags}${urlWord}` }],
    [{ offset: at, line: comments }, { offset: at2, line: commentsWord }],
    [{ offset: at2, line: commentsWord }, { offset: at, line: comments }],
    [{ offset: at, line: related }, { offset: at2, line: relatedWord }, { offset: at2, line: related }],
    [{ offset: at2, line: `${relatedWord}${commentsWord}` }, { offset: at, line: related }, { offset: at, line: comments }],
  ];
  const statementChecks = await writeAndRemove(base, sequences);
  assert.ok(statementChecks > 15, `statement checks: ${statementChecks}`);
});

test('a required word written away from the pattern\'s match triggers the rule; removed, it untriggers it', async () => {
  // No rule of the catalogue can show it (their matches spell their required words, or need an
  // import that does): a rule made for the test reports each `zap(` once `zap_enabled` is written.
  const analyzer = await getAnalyzer();
  const template = rules.find((r) => r.id === 'url-regex-inline-flags')!;
  const zap: Rule<any> = {
    ...template,
    id: 'test-zap',
    triggers: undefined,
    triggerPattern: /\bzap\(/,
    requires: ['zap_enabled'],
    requiresOneOf: undefined,
    check(context) {
      for (const match of context.text.matchAll(/\bzap\(/g)) context.report({ start: match.index!, end: match.index! + 3, subject: '`zap()`', advice: 'stop' });
    },
  };
  const text0 = base.replace('    count = 0\n', '    count = zap(0)\n');
  const at = text0.indexOf('    return value\n');
  const file = (text: string) => ({ language: 'python' as const, path: 'app/views.py', text, fileKinds: fileKindsOf('app/views.py') });
  const lintAlone = (check: IncrementalCheck, text: string, tree: Tree, change: TextChange | 'none' | null) => check.check({ ...file(text), tree }, change, allRulesOptions).map(describeFinding);
  const document = new IncrementalDocument('file:///edit/app/views.py', 'python', 1, text0, analyzer.parser('python'));
  const check = new IncrementalCheck([zap]);
  try {
    assert.deepEqual(lintAlone(check, text0, document.getTree(), document.takeChange()), []);
    const findings: string[][] = [];
    for (const [version, edit] of [{ start: at, end: at, text: '    zap_enabled = True\n' }, { start: at, end: at + 23, text: '' }].entries()) {
      document.update([lspChange(document.text, edit)], version + 2);
      const found = lintAlone(check, document.text, document.getTree(), document.takeChange());
      assert.equal(check.lastKind, 'statements');
      const fresh = new IncrementalCheck([zap]);
      const tree = analyzer.parse('python', document.text);
      try {
        assert.deepEqual(found, lintAlone(fresh, document.text, tree, null), `after ${JSON.stringify(edit)}`);
      } finally {
        tree.delete();
      }
      findings.push(found);
    }
    assert.equal(findings[0].length, 1, 'the required word written: the match in another function is found');
    assert.deepEqual(findings[1], [], 'removed again: nothing');
  } finally {
    document.dispose();
  }
});

test('isLineBounded: the catalogue\'s trigger patterns are; patterns that can match a line break are not', () => {
  for (const rule of rules) if (rule.triggerPattern) assert.ok(isLineBounded(rule.triggerPattern), `${rule.id}: ${rule.triggerPattern}`);
  for (const pattern of [/a\.b/, /[\w.]x/, /(?<![\w.])0[0-7]*[1-7]/, /<>/, /a\$/, /[$^]x/]) assert.equal(isLineBounded(pattern), true, String(pattern));
  for (const pattern of [/a.b/, /a\sb/, /[^a]/, /x$/m, /x$/, /^x/, /a[\s]/, /\x0a/, /[\0-z]/, /(a)\1/, /a\W/, /a.b/s]) assert.equal(isLineBounded(pattern), false, String(pattern));
});
