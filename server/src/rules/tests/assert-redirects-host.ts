import { testCases } from '../shapes/arguments';
import { isSelf } from '../../engine/python-queries';
import { dedent, keywordArgumentRule } from '../shapes';

export default keywordArgumentRule({
  id: 'assert-redirects-host',
  title: 'Drop `assertRedirects(host=…)`',
  category: 'tests',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `self.assertRedirects(…, host=…)` (a method only Django\'s test cases have, so any `self` counts).',
    why: 'Since Django 1.9 redirects may be relative and `assertRedirects()` no longer used `host`; 2.0 removed the argument (`TypeError`).',
    fixSafety: 'Safe: the argument was ignored since 1.9. If the expected URL must carry the host, put it in `expected_url`.',
  },
  fix: 'safe',
  checklist: ['assertredirects-host'],
  truth: { removedParameters: [{ symbol: 'django.test.testcases.SimpleTestCase.assertRedirects', name: 'host' }] },
  sites: { methods: { names: ['assertRedirects'], selfOf: testCases, receiver: isSelf } },
  keywords: [{ name: 'host', subject: '`assertRedirects(host=…)`', remove: true, advice: 'remove it (put the host in `expected_url` if it matters)' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.test import TestCase

          class T(TestCase):
              def test(self):
                  self.assertRedirects(self.client.get("/a/"), "/b/")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.test import TestCase

          class T(TestCase):
              def test(self):
                  self.assertRedirects(self.client.get("/a/"), "/b/", host="testserver")
        `,
        errors: [
          { line: 5, column: 61, message: '`assertRedirects(host=…)` is deprecated since Django 1.9 and removed in 2.0: remove it (put the host in `expected_url` if it matters)' },
        ],
        output: dedent`
          from django.test import TestCase

          class T(TestCase):
              def test(self):
                  self.assertRedirects(self.client.get("/a/"), "/b/")
        `,
      },
      {
        code: dedent`
          from shop.testing import ShopTestCase

          class T(ShopTestCase):
              def test(self):
                  self.assertRedirects(response, "/b/", 302, host="shop.test")
        `,
        errors: [
          { line: 5, column: 52, message: '`assertRedirects(host=…)` is deprecated since Django 1.9 and removed in 2.0: remove it (put the host in `expected_url` if it matters)' },
        ],
        output: dedent`
          from shop.testing import ShopTestCase

          class T(ShopTestCase):
              def test(self):
                  self.assertRedirects(response, "/b/", 302)
        `,
      },
    ],
  },
});
