// A rule's required words (Rule.requires) gate it in the editor's statement checks as in a whole
// lint (engine/incremental-check.ts counts them with the trigger words): writing the missing word
// inside a function body (a statement check) and removing it again give what a fresh lint gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IncrementalCheck } from '../../server/src/engine/incremental-check';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, describeFinding, lspChange } from '../robustness/fuzz-support';

// check-constraint-condition triggers on `check` and requires `django` and `CheckConstraint`.
const before = `from django.db import models


def constraints():
    return [models.CheckConstrainz(check=models.Q(price__gt=0), name="price_positive")]


def other():
    return 1
`;

test('writing or removing a required word in a function body: the statement check equals a fresh lint', async () => {
  const analyzer = await getAnalyzer();
  const file = (text: string) => ({ language: 'python' as const, path: 'app/models.py', text, fileKinds: new Set<never>() });
  const fresh = (text: string) => analyzer.lint(file(text), allRulesOptions).map(describeFinding);
  const document = new IncrementalDocument('file:///required/app/models.py', 'python', 1, before, analyzer.parser('python'));
  const check = new IncrementalCheck(analyzer.rules);
  try {
    analyzer.lintChange(check, file(before), document.getTree(), document.takeChange(), allRulesOptions);
    const steps = [
      { from: 'CheckConstrainz', to: 'CheckConstraint' },
      { from: 'CheckConstraint', to: 'CheckConstrainz' },
    ];
    const seen: string[][] = [];
    for (const [n, { from, to }] of steps.entries()) {
      for (;;) {
        const at = document.text.indexOf(from);
        if (at < 0) break;
        document.update([lspChange(document.text, { start: at, end: at + from.length, text: to })], document.version + 1);
        const found = analyzer.lintChange(check, file(document.text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding);
        assert.equal(check.lastKind, 'statements', 'an edit inside a function body is a statement check');
        assert.deepEqual(found, fresh(document.text), `step ${n + 1}: ${JSON.stringify(document.text)}`);
      }
      seen.push(fresh(document.text).filter((line) => line.startsWith('check-constraint-condition ')));
    }
    assert.equal(seen[0].length, 1, 'with CheckConstraint spelled, the rule finds check=');
    assert.equal(seen[1].length, 0);
  } finally {
    document.dispose();
  }
});
