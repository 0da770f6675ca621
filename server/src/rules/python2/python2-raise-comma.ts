import { replaceNode } from '../../engine/python-edits';
import { dedent } from '../shapes';
import { damagedMatches, keywordParents, python2Rule, syntaxSubject } from '../shapes/python2';
import { raiseCommaGate } from '../shapes/python2-gates';

export default python2Rule({
  id: 'python2-raise-comma',
  title: '`raise E, V` → `raise E(V)`',
  docs: {
    what: 'Finds `raise E, V` and `raise E, V, traceback` (not in the issue\'s list, but Python 3 rejects it as well).',
    why: 'Python 3 accepts only `raise E(V)`: a file holding the comma form does not compile. Django 2.0 runs only on Python 3.',
    fixSafety:
      'Safe: Python 2 instantiated the class with the value (a literal tuple as the arguments, `None` as none); a traceback becomes ' +
      '`.with_traceback(tb)`. No fix for `raise E, V, tb` whose parts are not plain, or more than three parts.',
  },
  fix: 'safe',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  // Every file spells `raise`: the pattern reads each raise statement (shapes/python2-gates.ts).
  triggerPattern: raiseCommaGate,
  triggersInCode: true,
  check(context) {
    const statements = keywordParents(context, 'raise', 'raise_statement');
    for (const { start, end } of damagedMatches(context, /^[ \t]*raise[ \t]+(?<at>[\w.]+[ \t]*,[^\n]*[^\s])/m, statements)) {
      context.report({ start, end, subject: syntaxSubject('`raise E, V`'), advice: 'write `raise E(V)`' });
    }
    for (const statement of statements) {
      const list = statement.namedChildren.find((child) => child?.type === 'expression_list');
      if (!list) continue;
      const [type, value, traceback, ...rest] = list.namedChildren.filter((child) => child && child.type !== 'comment');
      let text: string | null = null;
      if (type && value && rest.length === 0) {
        const args = value.type === 'none' ? '' : value.type === 'tuple' ? value.text.slice(1, -1).replace(/,\s*$/, '') : value.text;
        text = `${type.text}(${args})${traceback ? `.with_traceback(${traceback.text})` : ''}`;
      }
      context.report({
        node: list,
        subject: syntaxSubject('`raise E, V`'),
        advice: 'write `raise E(V)`',
        fix: text ? { title: `Replace with \`raise ${text.length > 40 ? 'E(V)' : text}\``, edits: [replaceNode(list, text)] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          try:
              raise ValueError("bad")
          except ValueError:
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          try:
              raise ValueError, "bad"
          except ValueError as e:
              print(e)
        `,
        errors: [
          { line: 2, column: 11, message: '`raise E, V` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `raise E(V)`' },
        ],
        output: dedent`
          try:
              raise ValueError("bad")
          except ValueError as e:
              print(e)
        `,
      },
      {
        code: dedent`
          import sys
          try:
              try:
                  1 / 0
              except ZeroDivisionError:
                  tb = sys.exc_info()[2]
                  raise ValueError, "again", tb
          except ValueError as e:
              print(e)
        `,
        errors: [
          { line: 7, column: 15, message: '`raise E, V` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `raise E(V)`' },
        ],
        output: dedent`
          import sys
          try:
              try:
                  1 / 0
              except ZeroDivisionError:
                  tb = sys.exc_info()[2]
                  raise ValueError("again").with_traceback(tb)
          except ValueError as e:
              print(e)
        `,
      },
    ],
  },
});
