// Runs every rule's own valid and invalid examples: the catalogue documents and tests itself.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rules } from '../../server/src/rules';
import { getAnalyzer, inputFor, optionsFor } from '../helpers/analyzer';

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
        const findings = analyzer.lint(input, options);
        assert.equal(findings.length, example.findings, `findings: ${findings.map((f) => `${f.start}-${f.end} ${f.message}`).join('\n')}`);
        for (const finding of findings) {
          assert.ok(finding.message.includes(rule.deprecatedIn ?? ''), finding.message);
          assert.ok(finding.end >= finding.start);
        }
        const fixed = analyzer.fix(input, options, true);
        const expected = example.output ?? example.code;
        assert.equal(fixed.text, expected);
        if (example.output !== undefined) {
          assert.ok(findings.some((f) => f.fix), 'an example with an output must offer a fix');
          assert.equal(analyzer.errorCount(input.language, fixed.text), 0, 'the fixed example parses');
          const again = analyzer.fix({ ...input, text: fixed.text }, options, true);
          assert.equal(again.text, fixed.text, 'fixing twice changes nothing');
        }
      });
    });
    test('has documentation and examples', () => {
      assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(rule.docs.what.length > 10 && rule.docs.why.length > 10);
      assert.match(rule.docsUrl, /^https:\/\/docs\.djangoproject\.com\//);
      assert.ok(rule.examples.valid.length > 0, 'at least one valid example');
      assert.ok(rule.examples.invalid.length > 0, 'at least one invalid example');
      if (rule.fix !== 'none') assert.ok(rule.examples.invalid.some((e) => e.output !== undefined), 'a fixable rule shows a fix');
    });
  });
}

test('rule ids are unique', () => {
  const ids = rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
});
