import type { Node } from 'web-tree-sitter';
import { replaceNode } from '../../engine/python-edits';
import { importsFrom } from '../../engine/python-queries';
import { dedent } from '../shapes';
import { damagedMatches, identifiersAt, keywordParents, python2Rule, syntaxSubject } from '../shapes/python2';

/** The call a `print_statement` becomes: its arguments, `end=' '` for a trailing comma, `file=` for `>>f`. */
function printCall(statement: Node): { text: string; softspace: boolean } {
  const args: string[] = [];
  let file: string | null = null;
  for (const child of statement.children) {
    if (!child) continue;
    if (child.type === 'chevron') file = child.text.replace(/^>>\s*/, '');
    else if (child.isNamed && child.type !== 'comment') args.push(child.text);
  }
  const last = statement.children[statement.childCount - 1];
  const softspace = last?.type === ',' && args.length > 0;
  if (softspace) args.push("end=' '");
  if (file !== null) args.push(`file=${file}`);
  return { text: `print(${args.join(', ')})`, softspace };
}

/**
 * `print`, `print -1` and `print [x]`: Python 3 reads these as expressions on the name `print`
 * (useless or failing); Python 2 printed. The rest of the statement is the argument.
 */
function expressionPrint(name: Node): Node | null {
  const parent = name.parent;
  if (!parent) return null;
  if (parent.type === 'expression_statement' && parent.namedChildCount === 1) return parent;
  const statement = parent.parent;
  if (statement?.type !== 'expression_statement' || statement.namedChildCount !== 1 || parent.startIndex !== name.startIndex) return null;
  if (parent.type === 'binary_operator' && /^[-+]$/.test(parent.childForFieldName('operator')?.type ?? '')) return statement;
  if (parent.type === 'subscript' && parent.childForFieldName('value')?.startIndex === name.startIndex) return statement;
  return null;
}

export default python2Rule({
  id: 'python2-print-statement',
  title: '`print x` → `print(x)`',
  docs: {
    what:
      'Finds Python 2 `print` statements: `print x, y`, `print >>f, x`, a trailing comma, and the forms Python 3 reads as an expression on the name ' +
      '`print` (`print`, `print -1`, `print [x]`). `print (a, b)` is a valid call in both and is left alone.',
    why: 'Python 3 has no `print` statement: a file holding one does not compile. Django 2.0 runs only on Python 3.',
    fixSafety:
      'Safe: the call prints the same text (`>>f` becomes `file=f`, a bare `print` becomes `print()`). Unsafe for a trailing comma: `end=" "` always ' +
      'writes the space, where Python 2\'s softspace dropped it before a newline.',
  },
  fix: 'safe',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  triggers: ['print'],
  triggersInCode: true,
  check(context) {
    const future = importsFrom(context, ['__future__.print_function']);
    // `compiles`: forms Python 3 reads as an expression (`print`, `print -1`, `print >>f, x`) and runs without printing.
    const statements: Array<{ statement: Node; call: string; softspace: boolean; compiles: boolean }> = [];
    for (const statement of keywordParents(context, 'print', 'print_statement')) {
      const { text, softspace } = printCall(statement);
      statements.push({ statement, call: text, softspace, compiles: statement.children.some((c) => c?.type === 'chevron') });
    }
    if (!future) {
      for (const name of identifiersAt(context, 'print')) {
        const statement = expressionPrint(name);
        if (!statement) continue;
        const rest = context.text.slice(name.endIndex, statement.endIndex).trim();
        statements.push({ statement, call: `print(${rest})`, softspace: false, compiles: true });
      }
    }
    statements.sort((a, b) => a.statement.startIndex - b.statement.startIndex);
    // Where the parser could not read the code, a line that starts with `print` and an argument.
    const damaged = damagedMatches(context, /^[ \t]*(?<at>print)\b(?![ \t]*[(=.,)\]:[])/m, statements.map((s) => s.statement));
    for (const { start, end } of damaged) context.report({ start, end, subject: syntaxSubject('The `print` statement'), advice: 'call `print()`' });
    for (const { statement, call, softspace, compiles } of statements) {
      context.report({
        node: statement,
        subject: compiles ? "Python 2's `print` statement, which Python 3 (needed from Django 2.0) reads as an expression that prints nothing" : syntaxSubject('The `print` statement'),
        advice: 'call `print()`',
        fix: { title: `Replace with \`${call.length > 40 ? 'print(…)' : call}\``, edits: [replaceNode(statement, call)], safety: softspace ? 'unsafe' : undefined },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          print("a", 1)
        `,
      },
      {
        code: dedent`
          from __future__ import print_function
          print("a", end="")
        `,
      },
      {
        code: dedent`
          print((1, 2))
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          print "hello", 42
        `,
        errors: [
          { line: 1, column: 1, message: 'The `print` statement is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `print()`' },
        ],
        output: dedent`
          print("hello", 42)
        `,
      },
      {
        code: dedent`
          import sys
          print >>sys.stdout, "to", "file"
        `,
        errors: [
          { line: 2, column: 1, message: 'Python 2\'s `print` statement, which Python 3 (needed from Django 2.0) reads as an expression that prints nothing: call `print()`' },
        ],
        output: dedent`
          import sys
          print("to", "file", file=sys.stdout)
        `,
      },
      {
        code: dedent`
          print
        `,
        errors: [
          { line: 1, column: 1, message: 'Python 2\'s `print` statement, which Python 3 (needed from Django 2.0) reads as an expression that prints nothing: call `print()`' },
        ],
        output: dedent`
          print()
        `,
      },
      {
        code: dedent`
          print -1
        `,
        errors: [
          { line: 1, column: 1, message: 'Python 2\'s `print` statement, which Python 3 (needed from Django 2.0) reads as an expression that prints nothing: call `print()`' },
        ],
        output: dedent`
          print(-1)
        `,
      },
      {
        code: dedent`
          print "a",
          print "b"
        `,
        errors: [
          { line: 1, column: 1, message: 'The `print` statement is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `print()`' },
          { line: 2, column: 1, message: 'The `print` statement is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `print()`' },
        ],
        output: dedent`
          print("a", end=' ')
          print("b")
        `,
      },
    ],
  },
});
