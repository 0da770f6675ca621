import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { indentationAt, newlineOf, replaceNode } from '../../engine/python-edits';
import { isAttributeName } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { dedent } from '../shapes';
import { bindsNames, identifiersIn, keywordParentAt, python2Rule, syntaxSubject } from '../shapes/python2';
import { tupleParameterGate } from '../shapes/python2-gates';

/** The tuple patterns of a parameter list: `(b, c)` and `(b, c)=(1, 2)`. */
function tupleParameters(parameters: Node | null): Node[] {
  if (!parameters) return [];
  return parameters.namedChildren.flatMap((child) => {
    if (child?.type === 'tuple_pattern') return [child];
    const name = child?.type === 'default_parameter' ? child.childForFieldName('name') : null;
    return name?.type === 'tuple_pattern' ? [name] : [];
  });
}

/** The characters a parameter list is read through below; any other (a string, a comment, a line continuation, text outside ASCII) leaves the answer to the tree. */
const plainParameterText = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t\n\r\f()[]{},:=*.+-/%<>!&|^~@') plainParameterText[c.charCodeAt(0)] = 1;

/**
 * False only when the parameters after a `def` (its name, then `(`) or a `lambda` (up to its `:`)
 * that starts at `from` certainly hold no tuple pattern: no `(` opens a parameter (first in the
 * list, or after a comma at its top level). Anything it cannot read plainly: true.
 */
export function mayOpenTupleParameter(text: string, from: number, lambda: boolean): boolean {
  let i = from;
  if (!lambda) {
    const open = text.indexOf('(', i);
    // `def name(`: only spaces and the name before the list (type parameters `[T]` and the rest: the tree decides).
    if (open === -1 || !/^\s*\w*\s*$/.test(text.slice(i, open))) return open !== -1;
    i = open + 1;
  }
  let depth = 0;
  let parameterStarts = true;
  for (; i < text.length; i++) {
    const c = text[i];
    if (plainParameterText[text.charCodeAt(i)] !== 1) return true;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') continue;
    if (c === '(' && depth === 0 && parameterStarts) return true;
    parameterStarts = false;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && c === ',') parameterStarts = true;
    else if (depth === 0 && c === ':' && lambda) return false;
  }
  return true;
}

/** The new parameter's name: the pattern's names joined with `_`, made unique in the file. */
function parameterName(context: PythonRuleContext, pattern: Node): string {
  let name = identifiersIn(pattern).map((n) => n.text).join('_');
  while (context.tokens.has(name)) name += '_';
  return name;
}

/** `def f(a, (b, c)):` → `def f(a, b_c):` and `(b, c) = b_c` first in the body, after a docstring. */
function defEdits(context: PythonRuleContext, fn: Node, pattern: Node, name: string): TextEdit[] | null {
  const body = fn.childForFieldName('body');
  const statements = body?.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment') ?? [];
  const first = statements[0];
  if (!body || !first || first.startPosition.row === fn.startPosition.row) return null; // a one-line body
  const indent = indentationAt(context.text, first.startIndex);
  const newline = newlineOf(context.text);
  const unpack = `${pattern.text} = ${name}`;
  const docstring = first.type === 'expression_statement' && first.namedChildCount === 1 && first.namedChildren[0]?.type === 'string';
  const insert: TextEdit = docstring
    ? { start: first.endIndex, end: first.endIndex, text: `${newline}${indent}${unpack}` }
    : { start: first.startIndex, end: first.startIndex, text: `${unpack}${newline}${indent}` };
  return [replaceNode(pattern, name), insert];
}

/** `lambda (k, v): k` → `lambda k_v: k_v[0]`: each name of the pattern becomes its subscript. */
function lambdaEdits(lambda: Node, pattern: Node, name: string): TextEdit[] | null {
  const body = lambda.childForFieldName('body');
  if (!body || bindsNames(body)) return null;
  const paths = new Map<string, string>();
  const collect = (node: Node, path: string) =>
    node.namedChildren.forEach((child, index) => {
      if (child?.type === 'identifier') paths.set(child.text, `${path}[${index}]`);
      else if (child?.type === 'tuple_pattern') collect(child, `${path}[${index}]`);
    });
  collect(pattern, name);
  const uses = identifiersIn(body).filter((n) => paths.has(n.text) && !isAttributeName(n) && n.parent?.type !== 'keyword_argument');
  return [replaceNode(pattern, name), ...uses.map((use) => replaceNode(use, paths.get(use.text)!))];
}

export default python2Rule({
  id: 'python2-tuple-parameters',
  title: '`def f((a, b)):` → one parameter, unpacked in the body',
  docs: {
    what: 'Finds tuple parameters of functions and lambdas: `def add(a, (b, c)):`, `lambda (k, v): k`.',
    why: 'Python 3 removed parameter unpacking (PEP 3113): a file holding it does not compile. Django 2.0 runs only on Python 3.',
    fixSafety:
      'Safe: callers pass the same tuple, now to one parameter named after its parts (`b_c`), unpacked by the first statement of the body ' +
      '(after a docstring); a lambda reads the parts by index (`k_v[0]`). No fix for a one-line body or a lambda whose body binds names.',
  },
  fix: 'safe',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  // Every file spells `def`: the pattern reads each parameter list (shapes/python2-gates.ts).
  triggerPattern: tupleParameterGate,
  triggersInCode: true,
  check(context) {
    // Only where the text may hold one: asking the tree about every `def` of a large module cost
    // more than the rest of this rule (a node, its parent and every parameter's node each).
    const functions: Node[] = [];
    for (const [keyword, parentType] of [['def', 'function_definition'], ['lambda', 'lambda']] as const) {
      for (const offset of context.tokens.offsets(keyword)) {
        if (!mayOpenTupleParameter(context.text, offset + keyword.length, keyword === 'lambda')) continue;
        const fn = keywordParentAt(context, offset, keyword, parentType);
        if (fn) functions.push(fn);
      }
    }
    for (const fn of functions) {
      for (const pattern of tupleParameters(fn.childForFieldName('parameters'))) {
        const name = parameterName(context, pattern);
        const edits = fn.type === 'lambda' ? lambdaEdits(fn, pattern, name) : defEdits(context, fn, pattern, name);
        context.report({
          node: pattern,
          subject: syntaxSubject(`The tuple parameter \`${pattern.text}\``),
          advice: `take one parameter and unpack it in the body`,
          fix: edits ? { title: `Take \`${name}\` and unpack it`, edits } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          def add(a, b_c):
              (b, c) = b_c
              return a + b + c
        `,
      },
      {
        code: dedent`
          f = lambda k_v: k_v[0]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def add(a, (b, c)):
              return a + b + c
          print(add(1, (2, 3)))
        `,
        errors: [
          { line: 1, column: 12, message: 'The tuple parameter `(b, c)` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: take one parameter and unpack it in the body' },
        ],
        output: dedent`
          def add(a, b_c):
              (b, c) = b_c
              return a + b + c
          print(add(1, (2, 3)))
        `,
      },
      {
        code: dedent`
          pairs = [(2, 'b'), (1, 'a')]
          print(sorted(pairs, key=lambda (n, s): n))
        `,
        errors: [
          { line: 2, column: 32, message: 'The tuple parameter `(n, s)` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: take one parameter and unpack it in the body' },
        ],
        output: dedent`
          pairs = [(2, 'b'), (1, 'a')]
          print(sorted(pairs, key=lambda n_s: n_s[0]))
        `,
      },
      {
        code: dedent`
          def area((w, h)=(2, 3)):
              """Area of a rectangle."""
              return w * h
          print(area())
        `,
        errors: [
          { line: 1, column: 10, message: 'The tuple parameter `(w, h)` is Python 2 syntax, which Python 3 (needed from Django 2.0) rejects: take one parameter and unpack it in the body' },
        ],
        output: dedent`
          def area(w_h=(2, 3)):
              """Area of a rectangle."""
              (w, h) = w_h
              return w * h
          print(area())
        `,
      },
    ],
  },
});
