import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import { callArguments } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

// Where the replacement `a == b` can stand without parentheses.
const bareContexts = new Set([
  'argument_list', 'if_statement', 'elif_clause', 'while_statement', 'not_operator', 'boolean_operator',
  'return_statement', 'assignment', 'parenthesized_expression', 'expression_statement', 'keyword_argument',
  'assert_statement', 'conditional_expression', 'list', 'tuple', 'set',
]);

/** `request.is_ajax()` and `self.request.is_ajax()`: receivers whose name says they are requests. */
export function isRequestExpression(node: Node | null): boolean {
  return node !== null && /(^|\.)(request|req)$/i.test(node.text.replace(/\s+/g, ''));
}

const rule: PythonRule = {
  id: 'request-is-ajax',
  title: '`request.is_ajax()` → check the `X-Requested-With` header',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  languages: ['python'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds `request.is_ajax()` calls on objects named `request` (also `self.request`, `req`).',
    why: 'Django 3.1 deprecated `HttpRequest.is_ajax()`, which relied on a jQuery-specific header; Django 4.0 removed it.',
    fixSafety: 'Safe: writes the exact test `is_ajax()` made, with `request.headers` (Django 2.2+).',
  },
  fix: 'safe',
  checklist: ['request-is-ajax'],
  truth: { removed: ['django.http.request.HttpRequest.is_ajax'], replacements: ['django.http.request.HttpRequest.headers'] },
  fixMinVersion: '2.2',
  check(context: PythonRuleContext) {
    for (const call of context.tree.rootNode.descendantsOfType('call')) {
      if (!call) continue;
      const callee = call.childForFieldName('function');
      if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'is_ajax') continue;
      const receiver = callee.childForFieldName('object');
      const { positional, keywords, hasSplat } = callArguments(call);
      if (!isRequestExpression(receiver) || positional.length || keywords.size || hasSplat) continue;
      const comparison = `${receiver!.text}.headers.get("x-requested-with") == "XMLHttpRequest"`;
      const bare = call.parent !== null && bareContexts.has(call.parent.type);
      context.report({
        node: call,
        subject: '`HttpRequest.is_ajax()`',
        advice: 'check `request.headers.get("x-requested-with") == "XMLHttpRequest"`, or better, the `Accept` header',
        fix: {
          title: 'Check the `X-Requested-With` header',
          edits: [{ start: call.startIndex, end: call.endIndex, text: bare ? comparison : `(${comparison})` }],
        },
      });
    }
  },
  examples: {
    valid: [{ code: 'def view(request):\n    if request.headers.get("x-requested-with") == "XMLHttpRequest":\n        pass\n' }, { code: 'client.is_ajax()\n' }],
    invalid: [
      {
        code: 'def view(request):\n    if request.is_ajax():\n        return json\n    flag = not self.request.is_ajax()\n    return request.is_ajax() == True\n',
        findings: 3,
        output: 'def view(request):\n    if request.headers.get("x-requested-with") == "XMLHttpRequest":\n        return json\n    flag = not self.request.headers.get("x-requested-with") == "XMLHttpRequest"\n    return (request.headers.get("x-requested-with") == "XMLHttpRequest") == True\n',
      },
    ],
  },
};
export default rule;
