import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import { classAssignments, classDefinitions } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const replacements: Record<string, Record<string, string>> = {
  multi_db: { True: '"__all__"', False: '["default"]' },
  allow_database_queries: { True: '"__all__"', False: '[]' },
};

const rule: PythonRule = {
  id: 'test-multi-db',
  title: '`TestCase.multi_db`/`allow_database_queries` → `databases`',
  category: 'tests',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  languages: ['python'],
  onlyIn: ['tests'],
  docsUrl: deprecationNotes('2.2'),
  docs: {
    what: 'Finds `multi_db` and `allow_database_queries` class attributes of test cases (django-upgrade: `testcase_databases`).',
    why: 'Django 2.2 replaced them with `databases`; 3.1 ignores them, so tests lose access to the other databases.',
    fixSafety: 'Safe: `True` becomes `"__all__"`; `multi_db = False` becomes `["default"]` and `allow_database_queries = False` becomes `[]`. Needs Django 2.2+.',
  },
  fix: 'safe',
  checklist: ['testcase-multi-db'],
  truth: { replacements: ['django.test.testcases.TransactionTestCase.databases'], note: 'from 2.2 Django only reads multi_db from user subclasses, so its own class attribute is already gone in 2.2' },
  fixMinVersion: '2.2',
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'class T(TestCase):\n    databases = "__all__"\n', filename: 'tests.py' }],
    invalid: [{
      code: 'class T(TestCase):\n    multi_db = True\n\nclass U(SimpleTestCase):\n    allow_database_queries = False\n',
      filename: 'tests.py',
      findings: 2,
      output: 'class T(TestCase):\n    databases = "__all__"\n\nclass U(SimpleTestCase):\n    databases = []\n',
    }],
  },
};
export default rule;
