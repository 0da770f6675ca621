import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { replaceNode } from '../../engine/python-edits';
import { callArguments, isInstanceOf, methodCalls, sameNode, type MethodCall } from '../../engine/python-queries';
import type { Fix } from '../../engine/types';
import { dedent } from '../shapes';
import { damagedMatches, goneSubject, inPython2OnlyCode, python2Rule } from '../shapes/python2';

const views: Record<string, string> = { iteritems: 'items', itervalues: 'values', iterkeys: 'keys' };

/** Calls that consume an iterable whole, as lib2to3's fix_dict lists them. */
const consumers = new Set(['sorted', 'list', 'set', 'frozenset', 'tuple', 'sum', 'min', 'max', 'any', 'all', 'enumerate', 'iter']);

/** Where `d.items()` iterates exactly as `d.iteritems()` did: a `for`'s iterable, a consumer's only argument, the right of `in`. */
function iterated(call: Node): boolean {
  const parent = call.parent;
  if (!parent) return false;
  if ((parent.type === 'for_statement' || parent.type === 'for_in_clause') && sameNode(parent.childForFieldName('right'), call)) return true;
  if (parent.type === 'comparison_operator' && parent.namedChildren[1] && sameNode(parent.namedChildren[1], call)) {
    return parent.children.some((c) => c?.type === 'in' || c?.type === 'not in');
  }
  if (parent.type === 'argument_list') {
    const outer = parent.parent;
    const fn = outer?.type === 'call' ? outer.childForFieldName('function') : null;
    const { positional } = outer ? callArguments(outer) : { positional: [] };
    return fn?.type === 'identifier' && consumers.has(fn.text) && positional.length === 1 && sameNode(positional[0], call);
  }
  return false;
}

/** Expressions that bind looser than `in`, parenthesised on either side of it. */
const looser = new Set(['boolean_operator', 'not_operator', 'comparison_operator', 'conditional_expression', 'lambda', 'named_expression', 'yield', 'await']);
/** Where `k in d` stands without parentheses. */
const bare = new Set([
  'argument_list', 'if_statement', 'elif_clause', 'while_statement', 'boolean_operator', 'return_statement', 'assignment', 'parenthesized_expression',
  'expression_statement', 'keyword_argument', 'assert_statement', 'list', 'tuple', 'set', 'if_clause', 'pair', 'expression_list',
]);
const operand = (node: Node) => (looser.has(node.type) ? `(${node.text})` : node.text);

/** `d.has_key(k)` → `k in d`; `not d.has_key(k)` → `k not in d`. */
function hasKeyFix(found: MethodCall, key: Node): Fix {
  const negation = found.call.parent?.type === 'not_operator' ? found.call.parent : null;
  const replaced = negation ?? found.call;
  const test = `${operand(key)} ${negation ? 'not in' : 'in'} ${operand(found.receiver)}`;
  const text = replaced.parent && bare.has(replaced.parent.type) ? test : `(${test})`;
  return { title: `Replace with \`${negation ? 'key not in d' : 'key in d'}\``, edits: [replaceNode(replaced, text)] };
}

/** Whether the file defines a function or method `name` (`def iteritems(self):` in a dict-like class): its calls may be that one. */
function definesMethod(context: PythonRuleContext, name: string): boolean {
  return context.tokens.offsets(name).some((offset) => {
    const node = context.tree.rootNode.descendantForIndex(offset, offset + name.length);
    return node?.parent?.type === 'function_definition' && node.parent.childForFieldName('name')?.startIndex === offset;
  });
}

/**
 * Receivers whose `has_key()` is not a dict's: Django's cache API has it on Python 3 too
 * (`cache.has_key(key)`, `self._cache.has_key(key)`), and a template context's is
 * template-context-has-key's finding.
 */
function ownHasKey(context: PythonRuleContext, receiver: Node): boolean {
  return /cache|context$/i.test(receiver.text) || isInstanceOf(context, receiver, templateContexts);
}

const templateContexts = [/^django\.template\.(context\.|base\.)?(Base|Request|Render)?Context$/];

/** `def iteritems(self): return self._data.iteritems()`: a method kept for Python 2 callers, which Python 3 never calls. */
function forwards(found: MethodCall): boolean {
  for (let node = found.call.parent; node; node = node.parent) {
    if (node.type === 'function_definition') return node.childForFieldName('name')?.text === found.name;
    if (node.type === 'class_definition') return false;
  }
  return false;
}

function report(context: PythonRuleContext, found: MethodCall, advice: string, fix: Fix | undefined): void {
  context.report({ node: found.nameNode, subject: goneSubject(`\`dict.${found.name}()\``), advice, fix });
}

export default python2Rule({
  id: 'python2-dict-methods',
  title: '`d.iteritems()` → `d.items()`, `d.has_key(k)` → `k in d`',
  docs: {
    what:
      'Finds calls of the Python 2 dict methods `iteritems()`, `itervalues()`, `iterkeys()` and `has_key(key)`, whatever the receiver (its type is ' +
      "not known; Django 1.11's `QueryDict` had them on Python 2 only too), except in a file that defines a method of that name and in a " +
      "method forwarding to its namesake. `has_key` is not reported on a cache (`cache.has_key(key)` is Django's cache API) nor on a " +
      "template context (template-context-has-key's).",
    why: "Python 3's dicts have none of these methods: the line raises `AttributeError` when it runs. Django 2.0 runs only on Python 3.",
    fixSafety:
      'Safe, as lib2to3 writes it: `d.items()` where the result is iterated (a `for`, a comprehension, the only argument of `sorted`, `list`, ' +
      '`sum`…, the right of `in`), `iter(d.items())` elsewhere, so that `next()` still works; `k in d` for `d.has_key(k)`, `k not in d` for ' +
      '`not d.has_key(k)`, with parentheses where needed.',
  },
  fix: 'safe',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  triggers: [...Object.keys(views), 'has_key'],
  // A call is not reported where the module defines a method of that name (`definesMethod`), anywhere.
  locality: 'file',
  check(context) {
    const calls = methodCalls(context, [...Object.keys(views), 'has_key']);
    for (const { start, end, match } of damagedMatches(context, /\.(?<at>iteritems|itervalues|iterkeys|has_key)[ \t]*\(/, calls.map((c) => c.call))) {
      context.report({ start, end, subject: goneSubject(`\`dict.${match.groups!.at}()\``), advice: match.groups!.at === 'has_key' ? 'use `key in d`' : `use \`.${views[match.groups!.at]}()\`` });
    }
    for (const found of calls) {
      if (inPython2OnlyCode(found.call, ['AttributeError']) || forwards(found) || definesMethod(context, found.name)) continue;
      const { positional, keywords, hasSplat } = callArguments(found.call);
      if (found.name === 'has_key') {
        if (positional.length !== 1 || keywords.size || hasSplat || ownHasKey(context, found.receiver)) continue;
        report(context, found, 'use `key in d`', hasKeyFix(found, positional[0]));
        continue;
      }
      if (positional.length || keywords.size || hasSplat) continue;
      const view = views[found.name];
      const fix: Fix = iterated(found.call)
        ? { title: `Replace with \`.${view}()\``, edits: [replaceNode(found.nameNode, view)] }
        : { title: `Replace with \`iter(….${view}())\``, edits: [replaceNode(found.call, `iter(${found.receiver.text}.${view}())`)] };
      report(context, found, `use \`.${view}()\``, fix);
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          d = {"a": 1}
          for k, v in d.items():
              pass
          print("a" in d)
        `,
      },
      {
        code: dedent`
          import six
          for k, v in six.iteritems({}):
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          d = {"a": 1}
          for k, v in d.iteritems():
              print(k, v)
        `,
        errors: [
          { line: 2, column: 15, message: '`dict.iteritems()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `.items()`' },
        ],
        output: dedent`
          d = {"a": 1}
          for k, v in d.items():
              print(k, v)
        `,
      },
      {
        code: dedent`
          d = {"b": 2, "a": 1}
          print(sorted(d.iteritems()))
        `,
        errors: [
          { line: 2, column: 16, message: '`dict.iteritems()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `.items()`' },
        ],
        output: dedent`
          d = {"b": 2, "a": 1}
          print(sorted(d.items()))
        `,
      },
      {
        code: dedent`
          d = {"a": 1}
          it = d.iteritems()
          print(next(it))
        `,
        errors: [
          { line: 2, column: 8, message: '`dict.iteritems()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `.items()`' },
        ],
        output: dedent`
          d = {"a": 1}
          it = iter(d.items())
          print(next(it))
        `,
      },
      {
        code: dedent`
          d = {"a": 1, "b": 2}
          print(sum(d.itervalues()))
        `,
        errors: [
          { line: 2, column: 13, message: '`dict.itervalues()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `.values()`' },
        ],
        output: dedent`
          d = {"a": 1, "b": 2}
          print(sum(d.values()))
        `,
      },
      {
        code: dedent`
          d = {"a": 1}
          vals = [v * 2 for v in d.itervalues()]
          print(vals)
        `,
        errors: [
          { line: 2, column: 26, message: '`dict.itervalues()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `.values()`' },
        ],
        output: dedent`
          d = {"a": 1}
          vals = [v * 2 for v in d.values()]
          print(vals)
        `,
      },
      {
        code: dedent`
          d = {"a": 1}
          for k in d.iterkeys():
              print(k)
        `,
        errors: [
          { line: 2, column: 12, message: '`dict.iterkeys()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `.keys()`' },
        ],
        output: dedent`
          d = {"a": 1}
          for k in d.keys():
              print(k)
        `,
      },
      {
        code: dedent`
          d = {"a": 1}
          print(list(d.iterkeys()))
        `,
        errors: [
          { line: 2, column: 14, message: '`dict.iterkeys()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `.keys()`' },
        ],
        output: dedent`
          d = {"a": 1}
          print(list(d.keys()))
        `,
      },
      {
        code: dedent`
          d = {"a": 1}
          if d.has_key("a"):
              print("yes")
        `,
        errors: [
          { line: 2, column: 6, message: '`dict.has_key()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `key in d`' },
        ],
        output: dedent`
          d = {"a": 1}
          if "a" in d:
              print("yes")
        `,
      },
      {
        code: dedent`
          d = {"ax": 1}
          k = "a"
          print(not d.has_key(k + "x"))
        `,
        errors: [
          { line: 3, column: 13, message: '`dict.has_key()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `key in d`' },
        ],
        output: dedent`
          d = {"ax": 1}
          k = "a"
          print(k + "x" not in d)
        `,
      },
      {
        code: dedent`
          a = None
          b = {"k": 1}
          print((a or b).has_key("k"))
        `,
        errors: [
          { line: 3, column: 16, message: '`dict.has_key()` is Python 2 only, gone in Python 3 (needed from Django 2.0): use `key in d`' },
        ],
        output: dedent`
          a = None
          b = {"k": 1}
          print("k" in (a or b))
        `,
      },
    ],
  },
});
