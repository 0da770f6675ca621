// The incremental check re-runs statement-local rules on the changed top-level statements only
// (engine/incremental-check.ts). That is sound only if, for every statement, the rules run on
// that statement alone (their anchors its words, the rest of the module as context) find exactly
// what a whole-file lint finds there, fixes included. Proved here on every Python corpus file and
// every example of the catalogue: after a whole-file check, each top-level statement in turn is
// "changed" (an empty change at its start), and the check must still equal a fresh lint. Each valid
// example is also put before each invalid one of its rule (what stops a finding or its fix is then
// in another statement). A rule
// that fails this reads other statements: it says `locality: 'file'` (docs/engine.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { IncrementalCheck } from '../../server/src/engine/incremental-check';
import { rules } from '../../server/src/rules';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions, corpusFiles, describeFinding } from '../robustness/fuzz-support';

/** At most this many statements per file are re-checked (evenly spread), to bound the run. */
const statementsPerFile = 40;

test('every top-level statement re-checked on its own gives what a whole-file lint gives', async (t) => {
  const analyzer = await getAnalyzer();
  const inputs: Array<{ path: string; text: string }> = corpusFiles()
    .filter((file) => file.language === 'python')
    .map((file) => ({ path: file.path.split('/').slice(-3).join('/'), text: file.text }));
  for (const rule of rules) {
    if (!rule.languages.includes('python')) continue;
    for (const example of [...rule.examples.valid, ...rule.examples.invalid]) inputs.push({ path: example.filename ?? 'example.py', text: example.code });
    // A valid example often holds what stops a finding or its fix (the new name already set, an
    // override already there): after an invalid one's code, it must count from another statement.
    for (const valid of rule.examples.valid) {
      for (const invalid of rule.examples.invalid) {
        if ((valid.filename ?? 'example.py') !== (invalid.filename ?? 'example.py')) continue;
        inputs.push({ path: invalid.filename ?? 'example.py', text: `${valid.code.trimEnd()}\n${invalid.code}` });
      }
    }
  }
  const failures: string[] = [];
  const failing = new Set<string>();
  let statementChecks = 0;
  for (const input of inputs) {
    const file = { language: 'python' as const, path: input.path, text: input.text, fileKinds: fileKindsOf(input.path) };
    const tree = analyzer.parse('python', input.text);
    try {
      const fresh = analyzer.lint(file, allRulesOptions).map(describeFinding).join('\n');
      const check = new IncrementalCheck(analyzer.rules);
      analyzer.lintChange(check, file, tree, null, allRulesOptions);
      const starts = tree.rootNode.children.filter((node) => node !== null && node.type !== 'comment').map((node) => node!.startIndex);
      const step = Math.max(1, Math.ceil(starts.length / statementsPerFile));
      for (let i = 0; i < starts.length; i += step) {
        const at = starts[i];
        const found = analyzer.lintChange(check, file, tree, { start: at, oldEnd: at, newEnd: at }, allRulesOptions).map(describeFinding).join('\n');
        if (check.lastKind === 'statements') statementChecks++;
        if (found !== fresh) {
          const a = found.split('\n');
          const b = fresh.split('\n');
          for (const line of [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))]) if (line) failing.add(line.split(' ')[0]);
          failures.push(`${input.path} (${JSON.stringify(input.text.slice(at, at + 60))}…, ${check.lastKind}): only when re-checked: ${JSON.stringify(a.filter((x) => !b.includes(x))).slice(0, 600)}; only whole-file: ${JSON.stringify(b.filter((x) => !a.includes(x))).slice(0, 600)}`);
          break;
        }
      }
    } finally {
      tree.delete();
    }
  }
  t.diagnostic(`${inputs.length} inputs, ${statementChecks} statements re-checked on their own`);
  assert.ok(statementChecks > 1000, `statements re-checked on their own: ${statementChecks}`);
  assert.deepEqual(failures, [], `rules that read other statements: ${[...failing].sort().join(' ')}`);
});
