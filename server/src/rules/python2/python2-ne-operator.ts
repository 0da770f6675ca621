import { replaceNode } from '../../engine/python-edits';
import { dedent } from '../shapes';
import { damagedMatches, nodesMatching, python2Rule, syntaxSubject } from '../shapes/python2';

export default python2Rule({
  id: 'python2-ne-operator',
  title: '`a <> b` → `a != b`',
  docs: {
    what: 'Finds the `<>` comparison operator.',
    why: 'Python 3 knows only `!=`: a file holding `<>` does not compile. Django 2.0 runs only on Python 3.',
    fixSafety: 'Safe: `<>` was an alias of `!=`.',
  },
  fix: 'safe',
  // No word spells it: the engine runs the rule where the text has this.
  triggerPattern: /<>/,
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  check(context) {
    const operators = nodesMatching(context, /<>/g, (node) => node.type === '<>' && node.parent?.type === 'comparison_operator');
    for (const { start, end } of damagedMatches(context, /<>/, operators)) context.report({ start, end, subject: syntaxSubject('The `<>` operator'), advice: 'use `!=`' });
    for (const operator of operators) {
      context.report({
        node: operator,
        subject: syntaxSubject('The `<>` operator'),
        advice: 'use `!=`',
        fix: { title: 'Replace with `!=`', edits: [replaceNode(operator, '!=')] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          print(1 != 2)
        `,
      },
      {
        code: dedent`
          s = "<>"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          a = 1
          if a <> 2:
              print("differs")
        `,
        errors: [
          { line: 2, column: 6, message: 'The `<>` operator is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: use `!=`' },
        ],
        output: dedent`
          a = 1
          if a != 2:
              print("differs")
        `,
      },
      {
        code: dedent`
          print(1 <> 1, 2 <> 3)
        `,
        errors: [
          { line: 1, column: 9, message: 'The `<>` operator is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: use `!=`' },
          { line: 1, column: 17, message: 'The `<>` operator is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: use `!=`' },
        ],
        output: dedent`
          print(1 != 1, 2 != 3)
        `,
      },
    ],
  },
});
