import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import { indentationAt, newlineOf } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { dedent } from '../shapes';
import { dedentBlock, isSoleStatement, lineStart, nextLineStart, versionComparisons, versionOutcome, versionDecidedRule } from '../shapes/django-upgrade';

/** Edits that keep `body` (a suite after `header`'s colon) in place of the whole `statement`. */
function keepSuite(text: string, statement: Node, body: Node, indent: string): TextEdit[] {
  const statementStart = lineStart(text, statement.startIndex);
  const end = nextLineStart(text, statement.endIndex);
  if (lineStart(text, body.startIndex) === lineStart(text, body.parent!.startIndex)) {
    // `if …: a()` / `else: a()`: the suite stays, at the statement's indentation.
    return [{ start: statementStart, end, text: `${indent}${body.text}${newlineOf(text)}` }];
  }
  const bodyStart = lineStart(text, body.startIndex);
  const bodyEnd = nextLineStart(text, body.endIndex);
  return [
    { start: statementStart, end: bodyStart, text: '' },
    ...dedentBlock(text, body, indent.length),
    ...(bodyEnd < end ? [{ start: bodyEnd, end, text: '' }] : []),
  ];
}

export default versionDecidedRule({
  id: 'versioned-branches',
  title: 'Drop `if django.VERSION …` branches for releases the project no longer runs',
  docs: {
    what: 'Finds `if django.VERSION <op> (X, Y):` blocks (with at most an `else`, no `elif`) whose outcome is the same on the Django version the project runs and every later one.',
    why: 'Compatibility branches for releases the project left behind are dead code.',
    fixSafety: 'Keeps the live branch and deletes the dead one. It relies on the current Django version (`djangoUpgrade.currentVersion` or the detected one): with none known, nothing is reported.',
  },
  upstream: { djangoUpgrade: 'versioned_branches' },
  check(context) {
    const { text } = context;
    for (const comparison of versionComparisons(context)) {
      const statement = comparison.parent!;
      const condition = statement.type === 'if_statement' ? statement.childForFieldName('condition') : null;
      if (condition?.startIndex !== comparison.startIndex) continue;
      const outcome = versionOutcome(context, condition);
      const alternatives = statement.childrenForFieldName('alternative').filter((n): n is Node => n !== null);
      if (!outcome || alternatives.some((a) => a.type === 'elif_clause')) continue;
      const consequence = statement.childForFieldName('consequence');
      const elseBody = alternatives[0]?.childForFieldName('body') ?? null;
      if (!consequence) continue;
      const indent = indentationAt(text, statement.startIndex);
      let edits: TextEdit[];
      if (outcome === 'pass') {
        edits = keepSuite(text, statement, consequence, indent);
      } else if (elseBody) {
        edits = keepSuite(text, statement, elseBody, indent);
      } else {
        const start = lineStart(text, statement.startIndex);
        const end = nextLineStart(text, statement.endIndex);
        // `pass` ends with the line break it replaces: CRLF in a CRLF file, none at the end of a file without one.
        const lineBreak = /(\r\n|\r|\n)$/.exec(text.slice(start, end))?.[0] ?? '';
        edits = [{ start, end, text: isSoleStatement(statement) ? `${indent}pass${lineBreak}` : '' }];
      }
      let fix;
      try {
        fix = { title: outcome === 'pass' ? 'Keep only the `if` branch' : 'Keep only the `else` branch', edits: normalizeEdits(edits) };
      } catch {
        fix = undefined;
      }
      context.report({
        node: condition!,
        subject: `\`${condition!.text}\``,
        advice: `it is always ${outcome === 'pass' ? 'true' : 'false'} from Django ${context.current}: keep only the live branch`,
        fix,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import django

          if django.VERSION >= (5, 0):
              x = 1
        `,
        current: '4.2',
      },
      {
        code: dedent`
          import django

          if django.VERSION >= (2, 0):
              x = 1
          elif django.VERSION >= (1, 11):
              x = 2
        `,
        current: '3.2',
      },
    ],
    invalid: [
      {
        code: dedent`
          import django

          if django.VERSION >= (2, 0):
              from django.urls import reverse
              # modern
              x = 1
          else:
              from django.core.urlresolvers import reverse

          if django.VERSION < (1, 11):
              y = 2

          def f():
              if django.VERSION < (2, 0):
                  return 1
        `,
        current: '2.2',
        errors: [
          { line: 3, column: 4, message: '`django.VERSION >= (2, 0)`: it is always true from Django 2.2: keep only the live branch' },
          { line: 10, column: 4, message: '`django.VERSION < (1, 11)`: it is always false from Django 2.2: keep only the live branch' },
          { line: 14, column: 8, message: '`django.VERSION < (2, 0)`: it is always false from Django 2.2: keep only the live branch' },
        ],
        output: dedent`
          import django

          from django.urls import reverse
          # modern
          x = 1


          def f():
              pass
        `,
      },
      {
        code: dedent`
          import django

          if django.VERSION < (3, 0):
              a = 1
          else:
              b = 2
        `,
        current: '3.2',
        errors: [
          { line: 3, column: 4, message: '`django.VERSION < (3, 0)`: it is always false from Django 3.2: keep only the live branch' },
        ],
        output: dedent`
          import django

          b = 2
        `,
      },
    ],
  },
});
