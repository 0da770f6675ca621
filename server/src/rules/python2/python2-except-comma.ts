import { dedent } from '../shapes';
import { damagedMatches, keywordParents, python2Rule, syntaxSubject } from '../shapes/python2';
import { exceptCommaGate } from '../shapes/python2-gates';

export default python2Rule({
  id: 'python2-except-comma',
  title: '`except X, e:` → `except X as e:`',
  docs: {
    what: 'Finds `except` clauses that bind the exception with a comma: `except ValueError, e:`, `except (A, B), e:`.',
    why: 'Python 3 accepts only `except X as e:`: a file holding the comma form does not compile. Django 2.0 runs only on Python 3.',
    fixSafety:
      'Safe: the same exceptions are caught and bound. No fix when the target is not a name (`except E, (errno, msg):` unpacked the ' +
      'exception, which Python 3 cannot).',
  },
  fix: 'safe',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  // Every file spells `except`: the pattern reads each except clause (shapes/python2-gates.ts).
  triggerPattern: exceptCommaGate,
  triggersInCode: true,
  check(context) {
    const clauses = keywordParents(context, 'except', 'except_clause');
    for (const { start, end } of damagedMatches(context, /^[ \t]*except[ \t]+(?<at>(?:[\w.]+|\([^)\n]*\))[ \t]*,[ \t]*\w+)[ \t]*:/m, clauses)) {
      context.report({ start, end, subject: syntaxSubject('`except X, e:`'), advice: 'write `except X as e:`' });
    }
    for (const clause of clauses) {
      if (!clause.children.some((child) => child?.type === ',')) continue;
      const [caught, target] = clause.namedChildren.filter((child) => child && child.type !== 'block' && child.type !== 'comment');
      if (!caught || !target) continue;
      const replacement = `${caught.text} as ${target.text}`;
      context.report({
        start: caught.startIndex,
        end: target.endIndex,
        subject: syntaxSubject('`except X, e:`'),
        advice: target.type === 'identifier' ? `write \`except ${replacement}:\`` : 'write `except X as e:` and unpack `e.args` in the handler',
        fix: target.type === 'identifier' ? { title: `Replace with \`except ${replacement}\``, edits: [{ start: caught.startIndex, end: target.endIndex, text: replacement }] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          try:
              pass
          except ValueError as e:
              pass
        `,
      },
      {
        code: dedent`
          try:
              pass
          except (KeyError, IndexError):
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          try:
              int("x")
          except ValueError, e:
              print("caught")
        `,
        errors: [
          { line: 3, column: 8, message: '`except X, e:` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `except ValueError as e:`' },
        ],
        output: dedent`
          try:
              int("x")
          except ValueError as e:
              print("caught")
        `,
      },
      {
        code: dedent`
          try:
              {}["k"]
          except (KeyError, IndexError), err:
              print(type(err).__name__)
        `,
        errors: [
          { line: 3, column: 8, message: '`except X, e:` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `except (KeyError, IndexError) as err:`' },
        ],
        output: dedent`
          try:
              {}["k"]
          except (KeyError, IndexError) as err:
              print(type(err).__name__)
        `,
      },
      {
        code: dedent`
          try:
              pass
          except EnvironmentError, (errno, strerror):
              pass
        `,
        errors: [
          { line: 3, column: 8, message: '`except X, e:` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write `except X as e:` and unpack `e.args` in the handler' },
        ],
      },
    ],
  },
});
