// Fix-all tries a pass's fixes together and halves a group whose result has more problems than the
// input (apply-fixes.ts `fixAll`). Here: it writes what trying each fix alone wrote, on every frozen
// engine input and every rule's invalid examples, with and without unsafe fixes; it finds the fixes
// that add problems, gives their place to a fix they kept out, and counts problems a few times per
// pass, not once per fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, fixAll, fixApplies, normalizeEdits, rangesOverlap } from '../../server/src/engine/apply-fixes';
import { fileKindsOf } from '../../server/src/engine/file-kinds';
import type { Finding, TextEdit } from '../../server/src/engine/types';
import type { SourceLanguage } from '../../server/src/parsing/languages';
import { rules } from '../../server/src/rules';
import { getAnalyzer, newestRelease } from '../helpers/analyzer';
import { readInputs } from './baseline';

/** Fix-all as it was before fixes were tried in groups: each fix alone, counting problems each time. */
function oneByOne(text: string, lint: (text: string) => Finding[], problems: (text: string) => number, maxPasses: number, unsafeFixes: boolean) {
  let current = text;
  let applied = 0;
  const baseline = problems(text);
  for (let passes = 0; passes < maxPasses; passes++) {
    const candidates = lint(current).filter((f) => f.fix && fixApplies(f.fix, unsafeFixes) && f.fix.edits.length > 0);
    if (unsafeFixes) candidates.sort((a, b) => Number(a.fix!.safety === 'safe') - Number(b.fix!.safety === 'safe'));
    const chosen: TextEdit[] = [];
    let chosenCount = 0;
    const seen = new Set<string>();
    for (const finding of candidates) {
      const edits = finding.fix!.edits;
      let key: string;
      try {
        key = JSON.stringify(normalizeEdits(edits));
      } catch {
        key = JSON.stringify(edits);
      }
      if (seen.has(key)) continue;
      seen.add(key);
      if (edits.some((edit) => chosen.some((other) => rangesOverlap(edit, other) || (edit.start === other.start && edit.end === other.end && edit.text !== other.text)))) continue;
      let next: string;
      try {
        next = applyEdits(current, [...chosen, ...edits]);
      } catch {
        continue;
      }
      if (problems(next) > baseline) continue;
      chosen.push(...edits);
      chosenCount++;
    }
    if (chosenCount === 0) break;
    current = applyEdits(current, chosen);
    applied += chosenCount;
  }
  return { text: current, applied };
}

test('fix-all writes what trying each fix alone wrote: every frozen input and every invalid example, safe and unsafe', async () => {
  const analyzer = await getAnalyzer();
  const inputs: Array<{ id: string; path: string; text: string; current: string | null }> = readInputs().map((i) => ({ id: i.id, path: i.path, text: i.text, current: i.current }));
  for (const rule of rules) {
    const path = rule.languages[0] === 'python' ? 'example.py' : 'templates/example.html';
    rule.examples.invalid.forEach((example, i) => inputs.push({ id: `${rule.id} invalid ${i}`, path: example.filename ?? path, text: example.code, current: example.current ?? null }));
  }
  assert.ok(inputs.length > 500, `${inputs.length} inputs`);
  let changed = 0;
  for (const input of inputs) {
    const language: SourceLanguage = input.path.endsWith('.py') ? 'python' : 'django-template';
    const file = { language, path: input.path, fileKinds: fileKindsOf(input.path) };
    const options = { current: input.current, target: newestRelease, showFuture: true, isEnabled: () => true };
    const lint = (text: string) => analyzer.lint({ ...file, text }, options);
    const problems = (text: string) => analyzer.problemCount(language, text);
    for (const unsafe of [false, true]) {
      const before = oneByOne(input.text, lint, problems, 10, unsafe);
      const after = fixAll(input.text, lint, problems, 10, unsafe);
      assert.equal(after.text, before.text, `${input.id}${unsafe ? ' (unsafe fixes)' : ''}`);
      assert.equal(after.applied, before.applied, `${input.id}${unsafe ? ' (unsafe fixes)' : ''}: fixes applied`);
      if (after.text !== input.text) changed++;
    }
  }
  assert.ok(changed > 300, `${changed} fixed texts`);
});

/** A fake finding at `start` whose fix writes `text` over `length` characters. */
function finding(start: number, length: number, text: string): Finding {
  return { start, end: start + length, fix: { title: text, safety: 'safe', supported: true, automatic: true, edits: [{ start, end: start + length, text }] } } as unknown as Finding;
}

test('a fix that adds a problem is dropped, the others of its pass are kept, and a fix it kept out takes its place', () => {
  // Problems: the '!' characters. The fixes: a → '!' (adds one), b → 'B', c → 'C', and an
  // alternative for a's place, 'A', which overlaps a and comes after it.
  const text = 'a b c';
  let calls = 0;
  const problems = (t: string) => {
    calls++;
    return [...t].filter((ch) => ch === '!').length;
  };
  const lint = (t: string) => [
    ...(t[0] === 'a' ? [finding(0, 1, '!')] : []),
    ...(t[2] === 'b' ? [finding(2, 1, 'B')] : []),
    ...(t[4] === 'c' ? [finding(4, 1, 'C')] : []),
    ...(t[0] === 'a' ? [finding(0, 1, 'A')] : []),
  ];
  const result = fixAll(text, lint, problems);
  assert.equal(result.text, 'A B C');
  assert.equal(result.applied, 4 - 1);
  assert.equal(result.passes, 1, 'one pass applied everything, the next found nothing');
  assert.deepEqual(oneByOne(text, lint, problems, 10, false), { text: 'A B C', applied: 3 });
  assert.ok(calls > 0);
});

test('problems are counted a few times per pass, not once per fix', () => {
  const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
  const text = words.join(' ');
  const starts = words.map((_, i) => words.slice(0, i).reduce((n, w) => n + w.length + 1, 0));
  const lint = (t: string) => (t.startsWith('w') ? words.map((w, i) => finding(starts[i], w.length, w.toUpperCase())) : []);
  let calls = 0;
  const problems = (t: string) => {
    calls++;
    // One bad fix among 400: W123 counts as a problem.
    return t.includes('W123') ? 1 : 0;
  };
  const result = fixAll(text, lint, problems);
  assert.equal(result.applied, 399);
  assert.ok(result.text.includes(' w123 ') && !result.text.includes('w124'), result.text.slice(0, 80));
  // The baseline, then halving down to the one bad fix: about 2 × log2(400) ≈ 18, not 400.
  assert.ok(calls <= 25, `${calls} counts of problems`);
  calls = 0;
  oneByOne(text, lint, problems, 10, false);
  assert.ok(calls > 400, `one by one: ${calls}`);
});
