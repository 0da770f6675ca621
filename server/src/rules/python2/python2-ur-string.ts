import type { Node } from 'web-tree-sitter';
import { replaceNode } from '../../engine/python-edits';
import { dedent } from '../shapes';
import { python2Rule, syntaxSubject } from '../shapes/python2';

const prefixes = ['ur', 'UR', 'Ur', 'uR'];

/**
 * The string without its `u`: a raw string has the same value unless it holds `\u` escapes, which
 * Python 2 decoded even in raw unicode strings; with those and no other backslash, both prefixes go.
 */
function withoutU(string: Node, start: Node): string | null {
  const prefix = start.text.slice(0, 2);
  const body = string.text.slice(2);
  if (!/\\[uU]/.test(body)) return `${prefix.replace(/u/i, '')}${body}`;
  const otherBackslash = body.replace(/\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}/g, '').includes('\\');
  return otherBackslash ? null : body;
}

export default python2Rule({
  id: 'python2-ur-string',
  title: "`ur'…'` → `r'…'`",
  docs: {
    what: "Finds raw unicode string literals (`ur'…'`, any case).",
    why: "Python 3 has no `ur` prefix (its strings are unicode): a file holding one does not compile. Django 2.0 runs only on Python 3.",
    fixSafety:
      "Safe: drops the `u`. Where the string holds `\\uXXXX` escapes (which Python 2 decoded even there) and no other backslash, drops both " +
      'prefixes, which keeps the value; with other backslashes too there is no fix.',
  },
  fix: 'safe',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  triggers: prefixes,
  check(context) {
    const seen = new Set<number>();
    for (const prefix of prefixes) {
      for (const offset of context.tokens.offsets(prefix)) {
        const start = context.tree.rootNode.descendantForIndex(offset, offset + 2);
        const string = start?.parent;
        if (start?.type !== 'string_start' || start.startIndex !== offset || string?.type !== 'string' || seen.has(offset)) continue;
        seen.add(offset);
        const text = withoutU(string, start);
        context.report({
          node: string,
          subject: syntaxSubject(`The \`${start.text.slice(0, 2)}\` string prefix`),
          advice: "write a raw string, `r'…'`",
          fix: text ? { title: 'Drop the `u` prefix', edits: [replaceNode(string, text)] } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import re
          print(re.match(r'\d+', '42').group(), u'x', rb'y')
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import re
          print(re.match(ur'\d+', '42').group())
        `,
        errors: [
          { line: 2, column: 16, message: 'The `ur` string prefix is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write a raw string, `r\'…\'`' },
        ],
        output: dedent`
          import re
          print(re.match(r'\d+', '42').group())
        `,
      },
      {
        code: dedent`
          s = UR"C:\temp"
          print(s)
        `,
        errors: [
          { line: 1, column: 5, message: 'The `UR` string prefix is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write a raw string, `r\'…\'`' },
        ],
        output: dedent`
          s = R"C:\temp"
          print(s)
        `,
      },
      {
        code: dedent`
          s = ur'caf\u00e9'
          print(len(s))
        `,
        errors: [
          { line: 1, column: 5, message: 'The `ur` string prefix is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: write a raw string, `r\'…\'`' },
        ],
        output: dedent`
          s = 'caf\u00e9'
          print(len(s))
        `,
      },
    ],
  },
});
