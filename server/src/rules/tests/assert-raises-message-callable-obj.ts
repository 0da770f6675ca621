import type { Node } from 'web-tree-sitter';
import { testCases } from '../shapes/arguments';
import { callArguments, isSelf } from '../../engine/python-queries';
import { dedent, keywordArgumentRule } from '../shapes';

export default keywordArgumentRule({
  id: 'assert-raises-message-callable-obj',
  title: '`assertRaisesMessage(callable_obj=…)` → positional',
  category: 'tests',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `self.assertRaisesMessage(…, callable_obj=…)` (a method only Django\'s test cases have, so any `self` counts).',
    why: 'Django 1.9 deprecated the keyword for the positional form of `unittest`\'s `assertRaises`; 2.0 passes it on to the callable, so the assertion breaks.',
    fixSafety: 'Safe: passes the callable as the third positional argument, when it follows the exception and the message directly.',
  },
  fix: 'safe',
  checklist: ['assertraisesmessage-callable-obj'],
  truth: {
    replacements: ['django.test.testcases.SimpleTestCase.assertRaisesMessage'],
    note: '1.9–1.11 popped `callable_obj` out of `**kwargs`, so it was never a named parameter',
  },
  sites: { methods: { names: ['assertRaisesMessage'], selfOf: testCases, receiver: isSelf } },
  keywords: [{
    name: 'callable_obj',
    subject: '`assertRaisesMessage(callable_obj=…)`',
    advice: 'pass the callable positionally, after the message',
    replace(_context, { call, argument, value }) {
      const { list, positional } = callArguments(call);
      const items = (list?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
      if (positional.length !== 2 || items[2]?.startIndex !== argument.startIndex) return null;
      return [{ start: argument.startIndex, end: argument.endIndex, text: value.text }];
    },
  }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.test import SimpleTestCase

          class T(SimpleTestCase):
              def test(self):
                  self.assertRaisesMessage(ValueError, "bad", int, "x")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.test import SimpleTestCase

          class T(SimpleTestCase):
              def test(self):
                  self.assertRaisesMessage(ValueError, "bad", callable_obj=parse)
        `,
        errors: [
          { line: 5, column: 53, message: '`assertRaisesMessage(callable_obj=…)` is deprecated since Django 1.9 and removed in 2.0: pass the callable positionally, after the message' },
        ],
        output: dedent`
          from django.test import SimpleTestCase

          class T(SimpleTestCase):
              def test(self):
                  self.assertRaisesMessage(ValueError, "bad", parse)
        `,
      },
      {
        code: dedent`
          from django.test import TestCase

          from shop.pricing import parse_price


          class PriceTests(TestCase):
              def test_rejects_letters(self):
                  self.assertRaisesMessage(ValueError, "not a price", callable_obj=parse_price, value="abc")
        `,
        errors: [
          { line: 8, column: 61, message: '`assertRaisesMessage(callable_obj=…)` is deprecated since Django 1.9 and removed in 2.0: pass the callable positionally, after the message' },
        ],
        output: dedent`
          from django.test import TestCase

          from shop.pricing import parse_price


          class PriceTests(TestCase):
              def test_rejects_letters(self):
                  self.assertRaisesMessage(ValueError, "not a price", parse_price, value="abc")
        `,
      },
    ],
  },
});
