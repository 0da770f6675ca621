import { deprecationNotes } from '../../docs-links';
import { testCases } from './shared-paths';
import { isSelf } from '../../../engine/python-queries';
import { keywordArgumentRule } from '../../shapes';

export default keywordArgumentRule({
  id: 'assert-redirects-host',
  title: 'Drop `assertRedirects(host=…)`',
  category: 'tests',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
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
    valid: [{ code: 'from django.test import TestCase\n\nclass T(TestCase):\n    def test(self):\n        self.assertRedirects(self.client.get("/a/"), "/b/")\n' }],
    invalid: [{
      code: 'from django.test import TestCase\n\nclass T(TestCase):\n    def test(self):\n        self.assertRedirects(self.client.get("/a/"), "/b/", host="testserver")\n',
      findings: 1,
      output: 'from django.test import TestCase\n\nclass T(TestCase):\n    def test(self):\n        self.assertRedirects(self.client.get("/a/"), "/b/")\n',
    }, {
      code: 'from shop.testing import ShopTestCase\n\nclass T(ShopTestCase):\n    def test(self):\n        self.assertRedirects(response, "/b/", 302, host="shop.test")\n',
      findings: 1,
      output: 'from shop.testing import ShopTestCase\n\nclass T(ShopTestCase):\n    def test(self):\n        self.assertRedirects(response, "/b/", 302)\n',
    }],
  },
});
