import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import type { PythonRule } from '../shapes';

const renames = new Map([
  ['assertQuerysetEqual', 'assertQuerySetEqual'],
  ['assertFormsetError', 'assertFormSetError'],
]);

const rule: PythonRule = {
  id: 'test-assert-set-methods',
  title: '`assertQuerysetEqual()`/`assertFormsetError()` → `assertQuerySetEqual()`/`assertFormSetError()`',
  category: 'tests',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  languages: ['python'],
  onlyIn: ['tests'],
  docsUrl: deprecationNotes('4.2'),
  docs: {
    what: 'Finds `self.assertQuerysetEqual()` and `self.assertFormsetError()` in test files (django-upgrade: `assert_set_methods`).',
    why: 'Django 4.2 renamed them for consistent casing; 5.1 removed the old names.',
    fixSafety: 'Safe: same methods, new names (Django 4.2+).',
  },
  fix: 'safe',
  checklist: ['assertquerysetequal'],
  truth: { removed: ['django.test.testcases.TransactionTestCase.assertQuerysetEqual', 'django.test.testcases.SimpleTestCase.assertFormsetError'], replacements: ['django.test.testcases.TransactionTestCase.assertQuerySetEqual', 'django.test.testcases.SimpleTestCase.assertFormSetError'] },
  fixMinVersion: '4.2',
  check(context: PythonRuleContext) {
    for (const attribute of context.tree.rootNode.descendantsOfType('attribute')) {
      const name = attribute?.childForFieldName('attribute');
      const object = attribute?.childForFieldName('object');
      if (!attribute || !name || !renames.has(name.text) || !object || !['self', 'cls'].includes(object.text)) continue;
      const replacement = renames.get(name.text)!;
      context.report({
        node: name,
        subject: `\`${name.text}()\``,
        advice: `use \`${replacement}()\``,
        fix: { title: `Rename to \`${replacement}\``, edits: [{ start: name.startIndex, end: name.endIndex, text: replacement }] },
      });
    }
  },
  examples: {
    valid: [{ code: 'class T(TestCase):\n    def test(self):\n        self.assertQuerySetEqual(qs, [])\n', filename: 'shop/tests.py' }],
    invalid: [{
      code: 'class T(TestCase):\n    def test(self):\n        self.assertQuerysetEqual(qs, [1])\n        self.assertFormsetError(r, "f", 0, "x", [])\n',
      filename: 'shop/tests/test_views.py',
      findings: 2,
      output: 'class T(TestCase):\n    def test(self):\n        self.assertQuerySetEqual(qs, [1])\n        self.assertFormSetError(r, "f", 0, "x", [])\n',
    }],
  },
};
export default rule;
