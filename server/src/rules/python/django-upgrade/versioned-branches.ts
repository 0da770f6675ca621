import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { normalizeEdits } from '../../../engine/apply-fixes';
import { indentationAt, newlineOf } from '../../../engine/python-edits';
import type { TextEdit } from '../../../engine/types';
import { releaseNotes } from '../../docs-links';
import { dedentBlock, isSoleStatement, lineStart, nextLineStart, versionOutcome } from './versioned';
import type { PythonRule } from '../../shapes';

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

const rule: PythonRule = {
  id: 'versioned-branches',
  title: 'Drop `if django.VERSION …` branches for releases the project no longer runs',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  languages: ['python'],
  docsUrl: releaseNotes('1.7', 'minor-features'),
  docs: {
    what: 'Finds `if django.VERSION <op> (X, Y):` blocks (with at most an `else`, no `elif`) whose outcome is the same on the Django version the project runs and every later one (django-upgrade: `versioned_branches`).',
    why: 'Compatibility branches for releases the project left behind are dead code.',
    fixSafety: 'Keeps the live branch and deletes the dead one. It relies on the current Django version (`djangoUpgrade.currentVersion` or the detected one): with none known, nothing is reported.',
  },
  fix: 'safe',
  truth: { note: 'decided by the project\'s Django version, not by names in Django' },
  check(context: PythonRuleContext) {
    const { text } = context;
    for (const statement of context.tree.rootNode.descendantsOfType('if_statement')) {
      if (!statement) continue;
      const condition = statement.childForFieldName('condition');
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
      { code: 'import django\n\nif django.VERSION >= (5, 0):\n    x = 1\n', current: '4.2' },
      { code: 'import django\n\nif django.VERSION >= (2, 0):\n    x = 1\nelif django.VERSION >= (1, 11):\n    x = 2\n', current: '3.2' },
    ],
    invalid: [
      {
        code: 'import django\n\nif django.VERSION >= (2, 0):\n    from django.urls import reverse\n    # modern\n    x = 1\nelse:\n    from django.core.urlresolvers import reverse\n\nif django.VERSION < (1, 11):\n    y = 2\n\ndef f():\n    if django.VERSION < (2, 0):\n        return 1\n',
        current: '2.2',
        findings: 3,
        output: 'import django\n\nfrom django.urls import reverse\n# modern\nx = 1\n\n\ndef f():\n    pass\n',
      },
      {
        code: 'import django\n\nif django.VERSION < (3, 0):\n    a = 1\nelse:\n    b = 2\n',
        current: '3.2',
        findings: 1,
        output: 'import django\n\nb = 2\n',
      },
    ],
  },
};
export default rule;
