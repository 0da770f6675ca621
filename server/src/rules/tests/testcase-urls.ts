import { addImports, deleteStatement, newlineOf, indentationAt } from '../../engine/python-edits';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { Fix } from '../../engine/types';
import { testCases } from '../shapes/arguments';
import { classAssignments, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule, lastNames } from '../shapes';

export default definePythonRule({
  id: 'testcase-urls',
  title: '`SimpleTestCase.urls` → `@override_settings(ROOT_URLCONF=…)`',
  category: 'tests',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds the `urls` class attribute of Django test cases.',
    why: 'Django 1.8 deprecated it for `override_settings`; 1.10 ignores it, so the tests resolve URLs against the project\'s URLconf.',
    fixSafety: 'Safe: moves the value into an `@override_settings(ROOT_URLCONF=…)` class decorator, which does the same, and imports `override_settings` from `django.test`. Not fixed when the class already has an `override_settings` decorator.',
  },
  fix: 'safe',
  checklist: ['simpletestcase-urls'],
  truth: {
    replacements: ['django.test.utils.override_settings'],
    note: '`urls` was never a class attribute of SimpleTestCase: 1.8–1.9 read it from subclasses with getattr',
  },
  triggers: ['urls'],
  triggersInCode: true,
  // Only in a test case: one of their names is a word of the text (`subclassesOf`).
  requiresOneOf: lastNames(testCases),
  check(context) {
    const { text } = context;
    for (const classNode of subclassesOf(context, testCases)) {
      const assignments = classAssignments(classNode, 'urls');
      if (assignments.length === 0) continue;
      const { scopes } = context;
      const decorated = classNode.parent?.type === 'decorated_definition' ? classNode.parent : null;
      const hasOverride = decorated?.namedChildren.some((child) => child?.type === 'decorator' && /override_settings/.test(child.text)) ?? false;
      let fix: Fix | undefined;
      const { statement, right } = assignments[assignments.length - 1];
      const top = decorated ?? classNode;
      const importable = scopes.renameSafety('override_settings', 'django.test.override_settings', [top], 0) === 'safe';
      if (!hasOverride && right && importable) {
        const indent = indentationAt(text, top.startIndex);
        try {
          fix = {
            title: 'Use `@override_settings(ROOT_URLCONF=…)`',
            edits: normalizeEdits([
              { start: top.startIndex, end: top.startIndex, text: `@override_settings(ROOT_URLCONF=${right.text})${newlineOf(text)}${indent}` },
              deleteStatement(text, statement),
              ...addImports(scopes, text, [{ module: 'django.test', name: 'override_settings' }]),
            ]),
          };
        } catch {
          fix = undefined;
        }
      }
      for (const { left } of assignments) {
        context.report({
          node: left,
          subject: 'The `urls` attribute of a test case',
          advice: 'decorate the class with `@override_settings(ROOT_URLCONF=…)`',
          fix,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: 'tests.py',
        code: dedent`
          from django.test import TestCase, override_settings

          @override_settings(ROOT_URLCONF="shop.urls")
          class T(TestCase):
              pass
        `,
      },
      {
        code: dedent`
          class Config:
              urls = "shop.urls"
        `,
      },
    ],
    invalid: [
      {
        filename: 'tests.py',
        code: dedent`
          from django.test import TestCase

          class ShopTests(TestCase):
              urls = "shop.test_urls"

              def test_home(self):
                  self.client.get("/")
        `,
        errors: [
          { line: 4, column: 5, message: 'The `urls` attribute of a test case is deprecated since Django 1.8 and removed in 1.10: decorate the class with `@override_settings(ROOT_URLCONF=…)`' },
        ],
        output: dedent`
          from django.test import TestCase, override_settings

          @override_settings(ROOT_URLCONF="shop.test_urls")
          class ShopTests(TestCase):

              def test_home(self):
                  self.client.get("/")
        `,
      },
      {
        code: dedent`
          from django.test import TransactionTestCase

          from api.models import Token


          class ApiTests(TransactionTestCase):
              urls = "api.urls"

              def test_ping(self):
                  Token.objects.create(key="k")
                  self.assertEqual(self.client.get("/ping/").status_code, 200)
        `,
        errors: [
          { line: 7, column: 5, message: 'The `urls` attribute of a test case is deprecated since Django 1.8 and removed in 1.10: decorate the class with `@override_settings(ROOT_URLCONF=…)`' },
        ],
        output: dedent`
          from django.test import TransactionTestCase, override_settings

          from api.models import Token


          @override_settings(ROOT_URLCONF="api.urls")
          class ApiTests(TransactionTestCase):

              def test_ping(self):
                  Token.objects.create(key="k")
                  self.assertEqual(self.client.get("/ping/").status_code, 200)
        `,
      },
    ],
  },
});
