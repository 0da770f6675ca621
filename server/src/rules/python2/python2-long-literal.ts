import { replaceNode } from '../../engine/python-edits';
import { dedent } from '../shapes';
import { damagedMatches, nodesMatching, python2Rule, syntaxSubject } from '../shapes/python2';

/** An integer with Python 2's long suffix; octal ones (`0777L`) are python2-octal-literal's. */
const longLiteral = /(?<![\w.])(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|[1-9][0-9]*|0+)[lL](?![\w.])/g;

export default python2Rule({
  id: 'python2-long-literal',
  title: '`10L` → `10`',
  docs: {
    what: 'Finds integer literals with Python 2\'s long suffix (`10L`, `0xFFl`).',
    why: 'Python 3\'s `int` is Python 2\'s `long` and has no suffix: a file holding one does not compile. Django 2.0 runs only on Python 3.',
    fixSafety: 'Safe: the same value.',
  },
  fix: 'safe',
  // No word spells it: the engine runs the rule where the text has this.
  triggerPattern: /(?<![\w.])(?:0[xX][0-9a-fA-F]+|[0-9]+)[lL](?![\w.])/,
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  check(context) {
    const literals = nodesMatching(context, longLiteral, (node) => node.type === 'integer');
    for (const { start, end, match } of damagedMatches(context, longLiteral, literals)) {
      context.report({ start, end, subject: syntaxSubject(`The long literal \`${match[0]}\``), advice: 'drop the suffix' });
    }
    for (const literal of literals) {
      const text = literal.text.slice(0, -1);
      context.report({
        node: literal,
        subject: syntaxSubject(`The long literal \`${literal.text}\``),
        advice: `write \`${text}\``,
        fix: { title: `Replace with \`${text}\``, edits: [replaceNode(literal, text)] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          print(10, 0xFF, 1e3)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          print(10L * 3)
        `,
        errors: [
          { line: 1, column: 7, message: 'The long literal `10L` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `10`' },
        ],
        output: dedent`
          print(10 * 3)
        `,
      },
      {
        code: dedent`
          mask = 0xFFFFFFFFL
          print(mask)
        `,
        errors: [
          { line: 1, column: 8, message: 'The long literal `0xFFFFFFFFL` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `0xFFFFFFFF`' },
        ],
        output: dedent`
          mask = 0xFFFFFFFF
          print(mask)
        `,
      },
      {
        code: dedent`
          count = 0l
          print(count)
        `,
        errors: [
          { line: 1, column: 9, message: 'The long literal `0l` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `0`' },
        ],
        output: dedent`
          count = 0
          print(count)
        `,
      },
    ],
  },
});
