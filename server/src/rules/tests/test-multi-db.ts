import { classAssignments, classDefinitions } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const replacements: Record<string, Record<string, string>> = {
  multi_db: { True: '"__all__"', False: '["default"]' },
  allow_database_queries: { True: '"__all__"', False: '[]' },
};

export default definePythonRule({
  id: 'test-multi-db',
  title: '`TestCase.multi_db`/`allow_database_queries` → `databases`',
  category: 'tests',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  onlyIn: ['tests'],
  docs: {
    what: 'Finds `multi_db` and `allow_database_queries` class attributes of test cases.',
    why: 'Django 2.2 replaced them with `databases`; 3.1 ignores them, so tests lose access to the other databases.',
    fixSafety: 'Safe: `True` becomes `"__all__"`; `multi_db = False` becomes `["default"]` and `allow_database_queries = False` becomes `[]`. Needs Django 2.2+.',
  },
  upstream: { djangoUpgrade: 'testcase_databases' },
  fix: 'safe',
  checklist: ['testcase-multi-db', 'allow-database-queries'],
  truth: { replacements: ['django.test.testcases.TransactionTestCase.databases'], note: 'from 2.2 Django only reads multi_db from user subclasses, so its own class attribute is already gone in 2.2' },
  fixMinVersion: '2.2',
  triggers: Object.keys(replacements),
  check(context) {
    for (const testCase of classDefinitions(context)) {
      const hasDatabases = classAssignments(testCase, 'databases').length > 0;
      for (const name of Object.keys(replacements)) {
        for (const { statement, left, right } of classAssignments(testCase, name)) {
          const value = right ? replacements[name][right.text] : undefined;
          context.report({
            node: left,
            subject: `\`${name}\``,
            advice: 'set `databases` (for example `databases = "__all__"`)',
            fix: value && !hasDatabases
              ? { title: `Use \`databases = ${value}\``, edits: [{ start: statement.startIndex, end: statement.endIndex, text: `databases = ${value}` }] }
              : undefined,
          });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          class T(TestCase):
              databases = "__all__"
        `,
        filename: 'tests.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          class T(TestCase):
              multi_db = True

          class U(SimpleTestCase):
              allow_database_queries = False
        `,
        filename: 'tests.py',
        errors: [
          { line: 2, column: 5, message: '`multi_db` is deprecated since Django 2.2 and removed in 3.1: set `databases` (for example `databases = "__all__"`)' },
          { line: 5, column: 5, message: '`allow_database_queries` is deprecated since Django 2.2 and removed in 3.1: set `databases` (for example `databases = "__all__"`)' },
        ],
        output: dedent`
          class T(TestCase):
              databases = "__all__"

          class U(SimpleTestCase):
              databases = []
        `,
      },
      {
        code: dedent`
          class ReportTests(TransactionTestCase):
              fixtures = ["reports"]
              multi_db = False

              def test_totals(self):
                  pass
        `,
        filename: 'reports/tests.py',
        errors: [
          { line: 3, column: 5, message: '`multi_db` is deprecated since Django 2.2 and removed in 3.1: set `databases` (for example `databases = "__all__"`)' },
        ],
        output: dedent`
          class ReportTests(TransactionTestCase):
              fixtures = ["reports"]
              databases = ["default"]

              def test_totals(self):
                  pass
        `,
      },
    ],
  },
});
