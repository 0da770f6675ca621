import { replaceNode } from '../../engine/python-edits';
import { enclosingFunction } from '../../engine/python-queries';
import { dedent } from '../shapes';
import { damagedMatches, keywordParents, python2Rule, syntaxSubject } from '../shapes/python2';

export default python2Rule({
  id: 'python2-exec-statement',
  title: '`exec code in ns` → `exec(code, ns)`',
  docs: {
    what: 'Finds Python 2 `exec` statements: `exec code`, `exec code in globals`, `exec code in globals, locals`.',
    why: 'Python 3 has no `exec` statement: a file holding one does not compile. Django 2.0 runs only on Python 3.',
    fixSafety:
      'Safe with namespaces (`exec(code, g, l)` runs the code in the same ones). Unsafe for `exec code` inside a function: Python 2 let the ' +
      'statement bind the function\'s local variables, the function `exec()` cannot.',
  },
  fix: 'safe',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  triggers: ['exec'],
  check(context) {
    const statements = keywordParents(context, 'exec', 'exec_statement');
    for (const { start, end } of damagedMatches(context, /^[ \t]*(?<at>exec)[ \t]+(?![(=])/m, statements)) {
      context.report({ start, end, subject: syntaxSubject('The `exec` statement'), advice: 'call `exec()`' });
    }
    for (const statement of statements) {
      const code = statement.childForFieldName('code');
      if (!code) continue;
      const namespaces = statement.namedChildren.filter((child) => child && child.type !== 'comment' && child.startIndex > code.startIndex);
      const call = `exec(${[code, ...namespaces].map((n) => n!.text).join(', ')})`;
      const bindsLocals = namespaces.length === 0 && enclosingFunction(statement) !== null;
      context.report({
        node: statement,
        subject: syntaxSubject('The `exec` statement'),
        advice: namespaces.length ? `call \`${call}\`` : 'call `exec()`, with the namespaces it should run in',
        fix: { title: 'Replace with a call of `exec()`', edits: [replaceNode(statement, call)], safety: bindsLocals ? 'unsafe' : undefined },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          exec("x = 1")
        `,
      },
      {
        code: dedent`
          ns = {}
          exec("y = 2", ns)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          ns = {}
          exec "x = 6 * 7" in ns
          print(ns["x"])
        `,
        errors: [
          { line: 2, column: 1, message: 'The `exec` statement is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `exec("x = 6 * 7", ns)`' },
        ],
        output: dedent`
          ns = {}
          exec("x = 6 * 7", ns)
          print(ns["x"])
        `,
      },
      {
        code: dedent`
          g = {}
          l = {}
          exec "y = 1" in g, l
          print(l["y"])
        `,
        errors: [
          { line: 3, column: 1, message: 'The `exec` statement is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `exec("y = 1", g, l)`' },
        ],
        output: dedent`
          g = {}
          l = {}
          exec("y = 1", g, l)
          print(l["y"])
        `,
      },
      {
        code: dedent`
          code = "print(3)"
          exec code
        `,
        errors: [
          { line: 2, column: 1, message: 'The `exec` statement is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `exec()`, with the namespaces it should run in' },
        ],
        output: dedent`
          code = "print(3)"
          exec(code)
        `,
      },
      {
        code: dedent`
          def f():
              exec "a = 1"
              return a
        `,
        errors: [
          { line: 2, column: 5, message: 'The `exec` statement is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `exec()`, with the namespaces it should run in' },
        ],
        output: dedent`
          def f():
              exec("a = 1")
              return a
        `,
      },
    ],
  },
});
