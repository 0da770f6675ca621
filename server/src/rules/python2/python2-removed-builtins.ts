import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { replaceNode } from '../../engine/python-edits';
import { enclosingMethod, isAttributeName, methodsOf } from '../../engine/python-queries';
import { dedent } from '../shapes';
import { damagedMatches, goneSubject, identifiersAt, inPython2OnlyCode, python2Rule } from '../shapes/python2';

/** Python 2's builtins that Python 3 renamed. */
const renamed: Record<string, string> = { unicode: 'str', basestring: 'str', long: 'int', xrange: 'range', raw_input: 'input' };

/** Whether `node` reads the builtin `name`: nothing in the module binds it there, no star import may. */
function readsBuiltin(context: PythonRuleContext, node: Node): boolean {
  if (isAttributeName(node) || (node.parent?.type === 'keyword_argument' && node.parent.childForFieldName('name')?.startIndex === node.startIndex)) return false;
  const { scopes } = context;
  if (scopes.lookup(node.text, scopes.scopeAt(node.startIndex), node.startIndex)) return false;
  // `from six.moves import *`, `from past.builtins import *`, a compat module: they may bind it.
  return !scopes.wildcardImports.some((star) => /\b(?:six|builtins|past|future|compat\w*|py3\w*)\b/.test(star.text));
}

/** Inside `__unicode__` of a class that defines `__str__`: a method Python 3 never calls. */
function inDeadUnicodeMethod(node: Node): boolean {
  const method = enclosingMethod(node);
  return method?.method.childForFieldName('name')?.text === '__unicode__' && methodsOf(method.cls, '__str__').length > 0;
}

/** Python 2's `input()` (which evaluated what was typed): `raw_input` → `input` would then read as the other. */
function callsPython2Input(context: PythonRuleContext): boolean {
  return identifiersAt(context, 'input').some((n) => n.parent?.type === 'call' && readsBuiltin(context, n));
}

export default python2Rule({
  id: 'python2-removed-builtins',
  title: '`unicode`, `basestring`, `long`, `xrange`, `raw_input` → their Python 3 names',
  docs: {
    what:
      'Finds uses of the Python 2 builtins `unicode`, `basestring`, `long`, `xrange` and `raw_input` where nothing in the module binds the name. ' +
      'Not reported where Python 2 code is meant: the `try:` of a `try … except NameError`, a branch only Python 2 runs (`if six.PY2:`, ' +
      '`if sys.version_info[0] == 2:`, the `else:` of `if six.PY3:`), a `try … except ImportError` (a fallback for old libraries), the ' +
      '`__unicode__` of a class that has a `__str__` (Python 3 never calls it), nor in a copy of `six.py`.',
    why: 'Python 3 has none of these names: the line raises `NameError` when it runs. Django 2.0 runs only on Python 3.',
    fixSafety:
      'Safe: `unicode` and `basestring` → `str`, `long` → `int`, `xrange` → `range`, `raw_input` → `input`, what each became. ' +
      "`isinstance(x, basestring)` then stops matching bytes, which is what Python 3 code means by text. No fix for `raw_input` in a file that " +
      "also calls Python 2's `input()`, nor where the module binds the new name itself.",
  },
  fix: 'safe',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  triggers: Object.keys(renamed),
  triggersInCode: true,
  check(context) {
    // six itself (often vendored) holds Python 2.4's code paths behind run-time tests.
    if (/(?:^|\/)six\.py$/.test(context.path)) return;
    const words = Object.keys(renamed);
    const identifiers = words.flatMap((word) => identifiersAt(context, word));
    const unreadable = damagedMatches(context, new RegExp(`(?<![\\w.])(?:${words.join('|')})\\b(?![ \\t]*=[^=])`), identifiers);
    for (const { start, end, match } of unreadable) {
      const { scopes } = context;
      if (scopes.lookup(match[0], scopes.scopeAt(start), start)) continue;
      context.report({ start, end, subject: goneSubject(`\`${match[0]}\``), advice: `use \`${renamed[match[0]]}\`` });
    }
    for (const [name, replacement] of Object.entries(renamed)) {
      for (const node of identifiersAt(context, name)) {
        // Also not in a fallback for an old library (`except ImportError: string_types = (basestring,)`).
        if (!readsBuiltin(context, node) || inPython2OnlyCode(node, ['NameError']) || inPython2OnlyCode(node, ['ImportError', 'ModuleNotFoundError'], true) || inDeadUnicodeMethod(node)) continue;
        const { scopes } = context;
        const shadowed = scopes.lookup(replacement, scopes.scopeAt(node.startIndex), node.startIndex) !== null;
        const fixable = !shadowed && !(name === 'raw_input' && callsPython2Input(context));
        context.report({
          node,
          subject: goneSubject(`\`${name}\``),
          advice: `use \`${replacement}\``,
          fix: fixable ? { title: `Replace with \`${replacement}\``, edits: [replaceNode(node, replacement)] } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          unicode = str
          print(unicode(1))
        `,
      },
      {
        code: dedent`
          try:
              text_type = unicode
          except NameError:
              text_type = str
        `,
      },
      {
        code: dedent`
          import six
          if six.PY2:
              string_types = (basestring,)
        `,
      },
      {
        code: dedent`
          obj.unicode(x)
          f(long=1)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          print(unicode(42) + u"!")
        `,
        errors: [
          { line: 1, column: 7, message: '`unicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `str`' },
        ],
        output: dedent`
          print(str(42) + u"!")
        `,
      },
      {
        code: dedent`
          x = "a"
          print(isinstance(x, unicode))
        `,
        errors: [
          { line: 2, column: 21, message: '`unicode` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `str`' },
        ],
        output: dedent`
          x = "a"
          print(isinstance(x, str))
        `,
      },
      {
        code: dedent`
          x = "a"
          print(isinstance(x, basestring))
        `,
        errors: [
          { line: 2, column: 21, message: '`basestring` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `str`' },
        ],
        output: dedent`
          x = "a"
          print(isinstance(x, str))
        `,
      },
      {
        code: dedent`
          v = 3
          print(isinstance(v, (basestring, int)))
        `,
        errors: [
          { line: 2, column: 22, message: '`basestring` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `str`' },
        ],
        output: dedent`
          v = 3
          print(isinstance(v, (str, int)))
        `,
      },
      {
        code: dedent`
          print(long("7") + 1)
        `,
        errors: [
          { line: 1, column: 7, message: '`long` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `int`' },
        ],
        output: dedent`
          print(int("7") + 1)
        `,
      },
      {
        code: dedent`
          n = 5
          print(isinstance(n, (int, long)))
        `,
        errors: [
          { line: 2, column: 27, message: '`long` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `int`' },
        ],
        output: dedent`
          n = 5
          print(isinstance(n, (int, int)))
        `,
      },
      {
        code: dedent`
          for i in xrange(3):
              print(i)
        `,
        errors: [
          { line: 1, column: 10, message: '`xrange` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `range`' },
        ],
        output: dedent`
          for i in range(3):
              print(i)
        `,
      },
      {
        code: dedent`
          print(sum(xrange(5)))
        `,
        errors: [
          { line: 1, column: 11, message: '`xrange` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `range`' },
        ],
        output: dedent`
          print(sum(range(5)))
        `,
      },
      {
        code: dedent`
          name = raw_input("Name? ")
          print("Hello " + name)
        `,
        errors: [
          { line: 1, column: 8, message: '`raw_input` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `input`' },
        ],
        output: dedent`
          name = input("Name? ")
          print("Hello " + name)
        `,
      },
      {
        code: dedent`
          answer = raw_input().strip()
          print(answer == "y")
        `,
        errors: [
          { line: 1, column: 10, message: '`raw_input` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `input`' },
        ],
        output: dedent`
          answer = input().strip()
          print(answer == "y")
        `,
      },
    ],
  },
});
