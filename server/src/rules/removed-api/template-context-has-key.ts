import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { callArguments, subclassesOf, enclosingMethod } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

const contexts = [/^django\.template\.(context\.|base\.)?(Base|Request|Render)?Context$/];
const nodes = [/^django\.template\.(base\.|library\.)?Node$/, /^django\.template\.(base\.|library\.)?\w+Node$/];

// Where `key in context` can stand without parentheses.
const bareContexts = new Set([
  'argument_list', 'if_statement', 'elif_clause', 'while_statement', 'not_operator', 'boolean_operator', 'return_statement', 'assignment',
  'parenthesized_expression', 'expression_statement', 'keyword_argument', 'assert_statement', 'list', 'tuple', 'set',
]);
const atoms = new Set(['identifier', 'string', 'attribute', 'call', 'subscript', 'integer', 'float', 'parenthesized_expression', 'true', 'false', 'none']);

/** The `context` parameter of `render(self, context)` in a template `Node` subclass. */
function isNodeRenderContext(context: PythonRuleContext, receiver: Node, nodeClasses: readonly Node[]): boolean {
  if (receiver.type !== 'identifier') return false;
  const owner = enclosingMethod(receiver);
  if (!owner || !nodeClasses.some((cls) => cls.startIndex === owner.cls.startIndex) || owner.method.childForFieldName('name')?.text !== 'render') return false;
  const parameters = owner.method.childForFieldName('parameters')?.namedChildren.filter((n) => n?.type === 'identifier') ?? [];
  const parameter = parameters[1];
  if (!parameter || parameter.text !== receiver.text) return false;
  const { scopes } = context;
  return scopes.lookup(receiver.text, scopes.scopeAt(receiver.startIndex), receiver.startIndex)?.start === parameter.startIndex;
}

export default removedMethodsRule({
  id: 'template-context-has-key',
  title: '`Context.has_key(key)` → `key in context`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what:
      'Finds `has_key()` called on a template context: the `context` argument of `render(self, context)` in a template `Node` subclass, a `Context(...)`/' +
      '`RequestContext(...)` the file creates, or `self` in a context subclass.',
    why: '`has_key()` was a Python 2 idiom; Django 1.10 deprecated it on template contexts and Django 2.0 removed it.',
    fixSafety: 'Safe: `key in context` is what `has_key()` checked (parenthesized where needed).',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['context-has-key'],
  classes: contexts,
  receiver(context, receiver) {
    return isNodeRenderContext(context, receiver, subclassesOf(context, nodes));
  },
  overrides: false,
  methods: [
    {
      name: 'has_key',
      subject: '`Context.has_key()`',
      advice: 'use `key in context`',
      rewrite(context, call) {
        const { list, positional, keywords, hasSplat } = callArguments(call);
        const receiver = call.childForFieldName('function')?.childForFieldName('object');
        if (!list || !receiver || positional.length !== 1 || keywords.size || hasSplat) return null;
        const text = (node: Node) => context.text.slice(node.startIndex, node.endIndex);
        const key = atoms.has(positional[0].type) ? text(positional[0]) : `(${text(positional[0])})`;
        const test = `${key} in ${atoms.has(receiver.type) ? text(receiver) : `(${text(receiver)})`}`;
        const bare = call.parent !== null && bareContexts.has(call.parent.type);
        return { title: 'Use `in`', edits: [{ start: call.startIndex, end: call.endIndex, text: bare ? test : `(${test})` }] };
      },
    },
  ],
  truth: { removed: ['django.template.context.BaseContext.has_key'], replacements: ['django.template.context.BaseContext.__contains__'] },
  examples: {
    valid: [
      {
        code: dedent`
          from django import template

          class ShowNode(template.Node):
              def render(self, context):
                  return "user" in context
        `,
      },
      {
        code: dedent`
          if data.has_key("x"):
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import template

          class ShowNode(template.Node):
              def render(self, context):
                  if not context.has_key("user"):
                      return ""
                  return context.has_key("a") == True
        `,
        errors: [
          { line: 5, column: 16, message: '`Context.has_key()` is deprecated since Django 1.10 and removed in 2.0: use `key in context`' },
          { line: 7, column: 16, message: '`Context.has_key()` is deprecated since Django 1.10 and removed in 2.0: use `key in context`' },
        ],
        output: dedent`
          from django import template

          class ShowNode(template.Node):
              def render(self, context):
                  if not "user" in context:
                      return ""
                  return ("a" in context) == True
        `,
      },
      {
        code: dedent`
          from django.template import Context

          ctx = Context({"a": 1})
          found = ctx.has_key("a")
        `,
        errors: [
          { line: 4, column: 9, message: '`Context.has_key()` is deprecated since Django 1.10 and removed in 2.0: use `key in context`' },
        ],
        output: dedent`
          from django.template import Context

          ctx = Context({"a": 1})
          found = "a" in ctx
        `,
      },
    ],
  },
});
