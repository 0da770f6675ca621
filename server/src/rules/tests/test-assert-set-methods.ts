import { attributeAccesses } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const renames = new Map([
  ['assertQuerysetEqual', 'assertQuerySetEqual'],
  ['assertFormsetError', 'assertFormSetError'],
]);

export default definePythonRule({
  id: 'test-assert-set-methods',
  title: '`assertQuerysetEqual()`/`assertFormsetError()` → `assertQuerySetEqual()`/`assertFormSetError()`',
  category: 'tests',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  onlyIn: ['tests'],
  docs: {
    what: 'Finds `self.assertQuerysetEqual()` and `self.assertFormsetError()` in test files.',
    why: 'Django 4.2 renamed them for consistent casing; 5.1 removed the old names.',
    fixSafety: 'Safe: same methods, new names (Django 4.2+).',
  },
  upstream: { djangoUpgrade: 'assert_set_methods' },
  fix: 'safe',
  checklist: ['assertquerysetequal', 'assertformseterror'],
  truth: { removed: ['django.test.testcases.TransactionTestCase.assertQuerysetEqual', 'django.test.testcases.SimpleTestCase.assertFormsetError'], replacements: ['django.test.testcases.TransactionTestCase.assertQuerySetEqual', 'django.test.testcases.SimpleTestCase.assertFormSetError'] },
  fixMinVersion: '4.2',
  triggers: [...renames.keys()],
  check(context) {
    for (const attribute of [...renames.keys()].flatMap((old) => attributeAccesses(context, old))) {
      const name = attribute.childForFieldName('attribute');
      const object = attribute.childForFieldName('object');
      if (!name || !object || !['self', 'cls'].includes(object.text)) continue;
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
    valid: [
      {
        code: dedent`
          class T(TestCase):
              def test(self):
                  self.assertQuerySetEqual(qs, [])
        `,
        filename: 'shop/tests.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          class T(TestCase):
              def test(self):
                  self.assertQuerysetEqual(qs, [1])
                  self.assertFormsetError(r, "f", 0, "x", [])
        `,
        filename: 'shop/tests/test_views.py',
        errors: [
          { line: 3, column: 14, message: '`assertQuerysetEqual()` is deprecated since Django 4.2 and removed in 5.1: use `assertQuerySetEqual()`' },
          { line: 4, column: 14, message: '`assertFormsetError()` is deprecated since Django 4.2 and removed in 5.1: use `assertFormSetError()`' },
        ],
        output: dedent`
          class T(TestCase):
              def test(self):
                  self.assertQuerySetEqual(qs, [1])
                  self.assertFormSetError(r, "f", 0, "x", [])
        `,
      },
      {
        code: dedent`
          class OrderTests(TestCase):
              def test_recent(self):
                  self.assertQuerysetEqual(
                      Order.objects.order_by("pk"),
                      ["<Order: 1>"],
                      transform=repr,
                  )
        `,
        filename: 'orders/tests.py',
        errors: [
          { line: 3, column: 14, message: '`assertQuerysetEqual()` is deprecated since Django 4.2 and removed in 5.1: use `assertQuerySetEqual()`' },
        ],
        output: dedent`
          class OrderTests(TestCase):
              def test_recent(self):
                  self.assertQuerySetEqual(
                      Order.objects.order_by("pk"),
                      ["<Order: 1>"],
                      transform=repr,
                  )
        `,
      },
    ],
  },
});
