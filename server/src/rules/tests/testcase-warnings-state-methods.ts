import { dedent, removedMethodsRule } from '../shapes';
import { testCases } from '../shapes/arguments';

export default removedMethodsRule({
  id: 'testcase-warnings-state-methods',
  title: '`self.save_warnings_state()` / `restore_warnings_state()` → `warnings.catch_warnings`',
  category: 'tests',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds `save_warnings_state()` and `restore_warnings_state()` called on (or overridden in) Django test cases.',
    why: 'Django 1.5 deprecated the test case methods that saved and restored the warning filters in favour of the standard library\'s `warnings.catch_warnings()`; Django 1.7 removed them (`AttributeError`).',
  },
  fix: 'none',
  checklist: ['testcase-save-warnings-state', 'testcase-restore-warnings-state'],
  classes: testCases,
  methods: [
    { name: 'save_warnings_state', subject: '`TestCase.save_warnings_state()`', advice: 'use `with warnings.catch_warnings():` around the code' },
    { name: 'restore_warnings_state', subject: '`TestCase.restore_warnings_state()`', advice: 'use `with warnings.catch_warnings():` around the code' },
  ],
  truth: { removed: ['django.test.testcases.SimpleTestCase.save_warnings_state', 'django.test.testcases.SimpleTestCase.restore_warnings_state'] },
  examples: {
    valid: [
      {
        code: dedent`
          import warnings

          from django.test import TestCase


          class FeedTests(TestCase):
              def test_feed(self):
                  with warnings.catch_warnings():
                      warnings.simplefilter("ignore")
                      self.client.get("/feed/")
        `,
      },
      {
        code: dedent`
          class Recorder:
              def run(self, state):
                  state.save_warnings_state()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.test import TestCase


          class FeedTests(TestCase):
              def setUp(self):
                  self.save_warnings_state()

              def tearDown(self):
                  self.restore_warnings_state()
        `,
        errors: [
          { line: 6, column: 9, message: '`TestCase.save_warnings_state()` is deprecated since Django 1.5 and removed in 1.7: use `with warnings.catch_warnings():` around the code' },
          { line: 9, column: 9, message: '`TestCase.restore_warnings_state()` is deprecated since Django 1.5 and removed in 1.7: use `with warnings.catch_warnings():` around the code' },
        ],
      },
    ],
  },
});
