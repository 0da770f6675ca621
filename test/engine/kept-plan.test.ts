// After a statement check's edit, the rules to run are the last check's unless the edit touched a
// rule's gate words or a rule with a trigger pattern decides otherwise: the incremental check then
// keeps the last list instead of asking every selected rule (incremental-check.ts
// `triggeredAfterEdit`). Proved here against a fresh check's plan: every gate word of every Python
// rule of the catalogue is written into a function body of a module (alone, then after the words
// the rule requires), then removed; after each edit the rules the check ran equal those a fresh
// check of the text runs, and the findings a fresh lint.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { IncrementalCheck } from '../../server/src/engine/incremental-check';
import { gateWords } from '../../server/src/engine/tokens';
import { IncrementalDocument } from '../../server/src/parsing/incremental-document';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, describeFinding, lspChange } from '../robustness/fuzz-support';

const host = `import os


def first(request):
    value = os.path.join("a", "b")
    return value


def second(request):
    return None
`;

const plannedOf = (check: IncrementalCheck) => [...(check as unknown as { state: { planned: Set<string> } }).state.planned].sort().join(',');

test('the rules a statement check runs after gate words are written and removed equal a fresh check\'s', async (t) => {
  const analyzer = await getAnalyzer();
  const path = 'app/views.py';
  const file = (text: string) => ({ language: 'python' as const, path, text, fileKinds: fileKindsOf(path) });
  const document = new IncrementalDocument(`file:///plan/${path}`, 'python', 1, host, analyzer.parser('python'));
  const check = new IncrementalCheck(analyzer.rules);
  const failures: string[] = [];
  let statementChecks = 0;
  let planChanges = 0;
  try {
    analyzer.lintChange(check, file(host), document.getTree(), document.takeChange(), allRulesOptions);
    let version = 1;
    const at = host.indexOf('return None') + 'return '.length;
    const words = [...new Set(rules.filter((rule) => rule.languages.includes('python')).flatMap((rule) => [gateWords(rule).join(' . '), ...gateWords(rule)]))].filter(Boolean);
    for (const words_ of words) {
      // The words as an expression (`a . b` is an attribute access, a lone word a name).
      const written = words_.split(' . ').filter((word) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(word)).join('.');
      if (!written) continue;
      for (const edit of [
        { start: at, end: at + 'None'.length, text: written },
        { start: at, end: at + written.length, text: 'None' },
      ]) {
        const before = plannedOf(check);
        document.update([lspChange(document.text, edit)], ++version);
        const text = document.text;
        const found = analyzer.lintChange(check, file(text), document.getTree(), document.takeChange(), allRulesOptions).map(describeFinding).join('\n');
        if (check.lastKind === 'statements') statementChecks++;
        const fresh = new IncrementalCheck(analyzer.rules);
        const expected = analyzer.lintChange(fresh, file(text), document.getTree(), null, allRulesOptions).map(describeFinding).join('\n');
        if (plannedOf(check) !== before) planChanges++;
        if (plannedOf(check) !== plannedOf(fresh)) failures.push(`${JSON.stringify(edit.text)}: ran ${plannedOf(check)}, a fresh check ${plannedOf(fresh)}`);
        if (found !== expected) failures.push(`${JSON.stringify(edit.text)}: findings differ from a fresh lint`);
      }
    }
    assert.equal(document.text, host);
  } finally {
    document.dispose();
  }
  t.diagnostic(`${statementChecks} statement checks, ${planChanges} of them changed the rules that run`);
  assert.ok(statementChecks > 500, `statement checks: ${statementChecks}`);
  assert.ok(planChanges > 200, `plan changes: ${planChanges}`);
  assert.deepEqual(failures.slice(0, 10), []);
});
