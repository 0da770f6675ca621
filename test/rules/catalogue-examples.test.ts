// Runs every rule's own valid and invalid examples: the catalogue documents and tests itself.
// An invalid example says where and what each finding is (`errors`: line, column, message, in the
// order of the text) and what the fixes write (`output`), as ESLint's rule tests do.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex } from '../../server/src/engine/text-positions';
import type { Finding, InvalidRuleExample, Rule } from '../../server/src/engine/types';
import { rules } from '../../server/src/rules';
import { getAnalyzer, inputFor, optionsFor } from '../helpers/analyzer';

function errorsOf(findings: readonly Finding[], code: string) {
  const lines = new LineIndex(code);
  return findings.map((finding) => {
    const { line, character } = lines.positionAt(finding.start);
    return { line: line + 1, column: character + 1, message: finding.message };
  });
}

function checkFindings(rule: Rule<any>, example: InvalidRuleExample, findings: readonly Finding[]): void {
  const described = findings.map((f) => `${f.start}-${f.end} ${f.message}`).join('\n');
  if (example.errors) {
    assert.deepEqual(errorsOf(findings, example.code), example.errors, `findings (print them with \`npx tsx scripts/example-errors.ts ${rule.id}\`):\n${described}`);
  } else {
    assert.equal(findings.length, example.findings, `findings:\n${described}`);
  }
  for (const finding of findings) {
    assert.ok(finding.message.includes(rule.deprecatedIn ?? ''), finding.message);
    assert.ok(finding.end >= finding.start);
  }
}

for (const rule of rules) {
  const defaultFilename = rule.languages[0] === 'python' ? 'example.py' : 'templates/example.html';
  describe(`rule ${rule.id}`, () => {
    rule.examples.valid.forEach((example, index) => {
      test(`valid #${index + 1}`, async () => {
        const analyzer = await getAnalyzer();
        const findings = analyzer.lint(inputFor(example.code, example.filename ?? defaultFilename), optionsFor(rule, example.current ?? null));
        assert.deepEqual(findings.map((f) => `${f.rule.id}@${f.start}: ${f.message}`), []);
      });
    });
    rule.examples.invalid.forEach((example, index) => {
      test(`invalid #${index + 1}`, async () => {
        const analyzer = await getAnalyzer();
        const input = inputFor(example.code, example.filename ?? defaultFilename);
        const current = example.current ?? rule.fixMinVersion ?? '1.8';
        const options = optionsFor(rule, current);
        checkFindings(rule, example, analyzer.lint(input, options));
        const fixed = analyzer.fix(input, options, true);
        const expected = example.output ?? example.code;
        assert.equal(fixed.text, expected);
        if (example.output !== undefined) {
          assert.ok(analyzer.lint(input, options).some((f) => f.fix), 'an example with an output must offer a fix');
          assert.equal(analyzer.errorCount(input.language, fixed.text), 0, 'the fixed example parses');
          const again = analyzer.fix({ ...input, text: fixed.text }, options, true);
          assert.equal(again.text, fixed.text, 'fixing twice changes nothing');
        }
      });
    });
    test('has documentation and examples', () => {
      assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(rule.docs.what.length > 10 && rule.docs.why.length > 10);
      // A library rule links its library's release notes.
      assert.match(rule.docsUrl, rule.library ? /^https:\/\// : /^https:\/\/docs\.djangoproject\.com\//);
      assert.ok(rule.examples.valid.length > 0, 'at least one valid example');
      assert.ok(rule.examples.invalid.length > 0, 'at least one invalid example');
      for (const example of rule.examples.invalid) assert.ok(example.errors || example.findings !== undefined, 'an invalid example says what it finds');
      if (rule.fix !== 'none') assert.ok(rule.examples.invalid.some((e) => e.output !== undefined), 'a fixable rule shows a fix');
    });
    test('is in the catalogue\'s shape: triggers, errors, two fixed examples', () => {
      assert.ok((rule.triggers && rule.triggers.length > 0) || rule.triggerPattern, 'trigger words (or, for a construct no word spells, a trigger pattern)');
      for (const [index, example] of rule.examples.invalid.entries()) {
        assert.ok(example.errors, `invalid #${index + 1} lists its errors (line, column, message)`);
        assert.equal(example.findings, undefined, `invalid #${index + 1}: errors replace the finding count`);
      }
      if (rule.fix !== 'none') assert.ok(rule.examples.invalid.filter((e) => e.output !== undefined).length >= 2, 'a fixable rule shows at least two fixed examples');
    });
  });
}

test('rule ids are unique', () => {
  const ids = rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
});
