import { replaceNode } from '../../engine/python-edits';
import { dedent } from '../shapes';
import { damagedMatches, nodesMatching, python2Rule, syntaxSubject } from '../shapes/python2';

/** `0777` (a leading zero and a non-zero digit: `00` is valid Python 3), with Python 2's `L` or not. */
const octalLiteral = /(?<![\w.])0[0-7]*[1-7][0-7]*[lL]?(?![\w.])/g;

export default python2Rule({
  id: 'python2-octal-literal',
  title: '`0777` → `0o777`',
  docs: {
    what: 'Finds octal literals written with a leading zero (`0644`, `0777L`).',
    why: 'Python 3 writes octal as `0o644` and rejects the old form: a file holding it does not compile. Django 2.0 runs only on Python 3.',
    fixSafety: 'Safe: the same value (an `L` suffix goes in the same edit).',
  },
  fix: 'safe',
  // No word spells it: the engine runs the rule where the text has the literal the check looks for.
  triggerPattern: new RegExp(octalLiteral.source),
  triggersInCode: true,
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  check(context) {
    const literals = nodesMatching(context, octalLiteral, (node) => node.type === 'integer');
    for (const { start, end, match } of damagedMatches(context, octalLiteral, literals)) {
      context.report({ start, end, subject: syntaxSubject(`The octal literal \`${match[0]}\``), advice: 'write it with `0o`' });
    }
    for (const literal of literals) {
      const text = `0o${literal.text.slice(1).replace(/[lL]$/, '')}`;
      context.report({
        node: literal,
        subject: syntaxSubject(`The octal literal \`${literal.text}\``),
        advice: `write \`${text}\``,
        fix: { title: `Replace with \`${text}\``, edits: [replaceNode(literal, text)] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          print(0o755, 00, 0, 0x1F)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          print(0755)
        `,
        errors: [
          { line: 1, column: 7, message: 'The octal literal `0755` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `0o755`' },
        ],
        output: dedent`
          print(0o755)
        `,
      },
      {
        code: dedent`
          mode = 0644 | 0111
          print(mode)
        `,
        errors: [
          { line: 1, column: 8, message: 'The octal literal `0644` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `0o644`' },
          { line: 1, column: 15, message: 'The octal literal `0111` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `0o111`' },
        ],
        output: dedent`
          mode = 0o644 | 0o111
          print(mode)
        `,
      },
      {
        code: dedent`
          print(0777L)
        `,
        errors: [
          { line: 1, column: 7, message: 'The octal literal `0777L` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `0o777`' },
        ],
        output: dedent`
          print(0o777)
        `,
      },
    ],
  },
});
