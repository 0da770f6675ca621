import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { replaceNode } from '../../engine/python-edits';
import { dedent } from '../shapes';
import { damagedMatches, nodesMatching, python2Rule, syntaxSubject } from '../shapes/python2';

/**
 * Backtick expressions: the grammar reads backticks as string quotes, so `` `x` `` is a `string`
 * whose `string_start` is a backtick. Nested ones (`` `f(`y`)` ``) make a `concatenated_string`
 * with an ERROR inside, reported as a whole.
 */
function backtickExpressions(context: PythonRuleContext): Array<{ node: Node; nested: boolean }> {
  const found = new Map<number, { node: Node; nested: boolean }>();
  for (const start of nodesMatching(context, /`/g, (node) => node.type === 'string_start' && node.text === '`')) {
    const string = start.parent;
    if (string?.type !== 'string') continue;
    const outer = string.parent;
    const nested = outer?.type === 'concatenated_string' && outer.hasError;
    const node = nested ? outer! : string;
    found.set(node.startIndex, { node, nested });
  }
  return [...found.values()];
}

export default python2Rule({
  id: 'python2-backticks',
  title: '`` `x` `` → `repr(x)`',
  docs: {
    what: 'Finds backtick expressions, Python 2\'s alias of `repr()`.',
    why: 'Python 3 has no backticks: a file holding them does not compile. Django 2.0 runs only on Python 3.',
    fixSafety: 'Safe: `repr(x)` is what the backticks evaluated. No fix for nested backticks, which the parse cannot delimit.',
  },
  fix: 'safe',
  // No word spells it: the engine runs the rule where the text has this.
  triggerPattern: /`/,
  triggersInCode: true,
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  check(context) {
    const found = backtickExpressions(context);
    for (const { start, end } of damagedMatches(context, /`[^`\n]+`/, found.map((f) => f.node))) {
      context.report({ start, end, subject: syntaxSubject('A backtick expression'), advice: 'call `repr()`' });
    }
    for (const { node, nested } of found) {
      const text = nested ? null : `repr(${node.text.slice(1, -1)})`;
      context.report({
        node,
        subject: syntaxSubject('A backtick expression'),
        advice: 'call `repr()`',
        fix: text ? { title: `Replace with \`${text.length > 40 ? 'repr(…)' : text}\``, edits: [replaceNode(node, text)] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          x = 1
          s = repr(x)
        `,
      },
      {
        code: dedent`
          s = "\`not code\`"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          x = 5
          print(\`x + 1\`)
        `,
        errors: [
          { line: 2, column: 7, message: 'A backtick expression is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `repr()`' },
        ],
        output: dedent`
          x = 5
          print(repr(x + 1))
        `,
      },
      {
        code: dedent`
          name = "a"
          s = "<" + \`name\` + ">"
          print(s)
        `,
        errors: [
          { line: 2, column: 11, message: 'A backtick expression is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `repr()`' },
        ],
        output: dedent`
          name = "a"
          s = "<" + repr(name) + ">"
          print(s)
        `,
      },
      {
        code: dedent`
          s = \`[\`1\`]\`
        `,
        errors: [
          { line: 1, column: 5, message: 'A backtick expression is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: call `repr()`' },
        ],
      },
    ],
  },
});
