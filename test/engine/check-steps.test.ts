// The editor's check of a large file runs in small steps (IncrementalCheck.steps), so that the
// server answers other requests between them (language-server/documents.ts). The whole file's word
// index was built inside the first whole-file rule of a keystroke's check, in the same step as the
// version guards and suppressions: 10 ms or more of a 20,000-line file without a turn for anything
// else. Now it is built in chunks before the rules (WordIndex.build) and kept across edits.
// Timing-free: what each step does is observed, not how long it takes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import { IncrementalCheck } from '../../server/src/engine/incremental-check';
import { finish } from '../../server/src/engine/lint';
import { TokenIndex, WordIndex } from '../../server/src/engine/tokens';
import type { Finding, Rule } from '../../server/src/engine/types';
import { getAnalyzer } from '../helpers/analyzer';
import { allRulesOptions } from '../robustness/fuzz-support';

/** A module of about `functions` × 7 lines whose rules with `locality: 'file'` re-run on the whole file after any edit. */
function largeModule(functions: number): string {
  let text = 'from django.db import models\nfrom django.utils.encoding import force_text, python_2_unicode_compatible\nfrom django.utils.translation import ugettext\n\n';
  for (let i = 0; i < functions; i++) {
    // Most of it plain code, as in a real module; a deprecated call now and then.
    const call = i % 50 === 0 ? (i % 100 === 0 ? 'force_text' : 'ugettext') : 'str';
    text += `\ndef view_${i}(request):\n    label_${i} = "page %d" % ${i}\n    value_${i} = ${call}(label_${i})\n    return value_${i}\n\n`;
  }
  text += '\n@python_2_unicode_compatible\nclass Item(models.Model):\n    flag = models.NullBooleanField()\n';
  return text;
}

/** The characters a TokenIndex would index at its first lookup (0 once it has indexed). */
function pending(index: TokenIndex): number {
  const inside = index as unknown as { index: unknown; words: unknown; region: { start: number; end: number } | null };
  if (inside.index !== null || inside.words !== null) return 0;
  return inside.region ? inside.region.end - inside.region.start : index.text.length;
}

test('a keystroke in a 20,000-line file: no rule builds the whole word index in its step', async () => {
  const analyzer = await getAnalyzer();
  const path = 'legacy/models.py';
  let text = largeModule(3400);
  assert.ok(text.split('\n').length > 20_000);
  const parser = analyzer.parser('python');
  let tree = parser.parse(text)!;
  const check = new IncrementalCheck(analyzer.rules);
  // Which step each rule ran in, and how much text a lookup had to index then.
  let step = 0;
  let running: Rule<any> | null = null;
  const ran: Array<{ step: number; rule: string }> = [];
  const indexedInRules: string[] = [];
  const offsets = TokenIndex.prototype.offsets;
  TokenIndex.prototype.offsets = function (this: TokenIndex, word: string) {
    const size = pending(this);
    if (running && size > 64 * 1024) indexedInRules.push(`${running.id} indexed ${size} characters at its lookup of ${word}`);
    return offsets.call(this, word);
  };
  for (const rule of analyzer.rules) {
    const original = rule.check;
    (rule as { check: Rule<any>['check'] }).check = function (context) {
      running = rule;
      ran.push({ step, rule: rule.id });
      try {
        return original.call(this, context);
      } finally {
        running = null;
      }
    };
    (rule as { original?: Rule<any>['check'] }).original = original;
  }
  try {
    const file = () => ({ language: 'python' as const, path, text, fileKinds: fileKindsOf(path), tree });
    const stepThrough = (change: Parameters<IncrementalCheck['steps']>[1]) => {
      indexedInRules.length = 0;
      ran.length = 0;
      const steps = check.steps(file(), change, allRulesOptions);
      for (step = 0; ; step++) {
        const next = steps.next();
        if (next.done) return next.value;
      }
    };
    stepThrough(null);
    assert.equal(check.lastKind, 'whole-file');
    assert.deepEqual(indexedInRules, [], 'the first check indexes the words before its rules');
    // An edit inside a function in the middle of the file: a statement check that re-runs file rules.
    const at = text.indexOf('    value_1700 = ') + 6;
    for (const insert of [true, false]) {
      const old = text;
      text = insert ? `${old.slice(0, at)}x${old.slice(at)}` : `${old.slice(0, at)}${old.slice(at + 1)}`;
      const change = { start: at, oldEnd: insert ? at : at + 1, newEnd: insert ? at + 1 : at };
      const point = (offset: number) => ({ row: old.slice(0, offset).split('\n').length - 1, column: offset - old.lastIndexOf('\n', offset - 1) - 1 });
      tree.edit({ startIndex: change.start, oldEndIndex: change.oldEnd, newEndIndex: change.newEnd, startPosition: point(at), oldEndPosition: point(change.oldEnd), newEndPosition: { ...point(at), column: point(at).column + change.newEnd - at } });
      const next = parser.parse(text, tree)!;
      tree.delete();
      tree = next;
      const found = stepThrough(change);
      assert.equal(check.lastKind, 'statements');
      assert.ok(check.lastRerun.length > 0, 'file rules re-run on the whole file');
      assert.deepEqual(indexedInRules, [], 'no rule pays for the whole file\'s word index in its own step');
      // Each rule in a step of its own.
      const steps = new Set(ran.map((r) => r.step));
      assert.equal(steps.size, ran.length, `rules sharing a step: ${JSON.stringify(ran)}`);
      const fresh = analyzer.lint({ language: 'python', path, text, fileKinds: fileKindsOf(path) }, allRulesOptions);
      // Where and what (describeFinding's fixes, every use of a name each, are slow to print here).
      const brief = (f: Finding) => `${f.rule.id} ${f.start}-${f.end} ${f.message} ${f.fix ? JSON.stringify(f.fix.edits.slice(0, 3)) : ''}`;
      assert.deepEqual(found.map(brief), fresh.map(brief));
    }
  } finally {
    TokenIndex.prototype.offsets = offsets;
    for (const rule of analyzer.rules) {
      const saved = rule as { check: Rule<any>['check']; original?: Rule<any>['check'] };
      if (saved.original) saved.check = saved.original;
      delete saved.original;
    }
    tree.delete();
  }
});

test('the word index built in chunks equals the one built at once', () => {
  const text = 'alpha beta\ngamma_1 delta alpha\n\n  beta alpha_x\nz\nlast_word';
  for (const region of [null, { start: 11, end: 47 }]) {
    const start = region?.start ?? 0;
    const end = region?.end ?? text.length;
    for (const chunk of [1, 3, 7, 16, 1000]) {
      const whole = finish(WordIndex.build(text, Infinity, start, end));
      const steps = WordIndex.build(text, chunk, start, end);
      let yields = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) yields++;
      const stepped = step.value;
      if (chunk === 1) assert.ok(yields >= (region ? 1 : 4), `small chunks yield: ${yields}`);
      for (const word of ['alpha', 'beta', 'gamma_1', 'delta', 'alpha_x', 'z', 'last_word', 'missing']) {
        assert.deepEqual(stepped.offsets(word), whole.offsets(word), `${word}, chunk ${chunk}, region ${JSON.stringify(region)}`);
      }
    }
  }
});
