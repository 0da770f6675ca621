import { callArguments, isRequestExpression, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

// Where the replacement `a == b` can stand without parentheses.
const bareContexts = new Set([
  'argument_list', 'if_statement', 'elif_clause', 'while_statement', 'not_operator', 'boolean_operator',
  'return_statement', 'assignment', 'parenthesized_expression', 'expression_statement', 'keyword_argument',
  'assert_statement', 'conditional_expression', 'list', 'tuple', 'set',
]);

export default definePythonRule({
  id: 'request-is-ajax',
  title: '`request.is_ajax()` → check the `X-Requested-With` header',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds `request.is_ajax()` calls on objects named `request` (also `self.request`, `req`).',
    why: 'Django 3.1 deprecated `HttpRequest.is_ajax()`, which relied on a jQuery-specific header; Django 4.0 removed it.',
    fixSafety: 'Safe: writes the exact test `is_ajax()` made, with `request.headers` (Django 2.2+).',
  },
  fix: 'safe',
  checklist: ['request-is-ajax'],
  truth: { removed: ['django.http.request.HttpRequest.is_ajax'], replacements: ['django.http.request.HttpRequest.headers'] },
  fixMinVersion: '2.2',
  triggers: ['is_ajax'],
  check(context) {
    // `request.is_ajax()` and `self.request.is_ajax()`: receivers whose name says they are requests.
    for (const { call, receiver } of methodCalls(context, ['is_ajax'])) {
      const { positional, keywords, hasSplat } = callArguments(call);
      if (!isRequestExpression(receiver) || positional.length || keywords.size || hasSplat) continue;
      const comparison = `${receiver.text}.headers.get("x-requested-with") == "XMLHttpRequest"`;
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
    valid: [
      {
        code: dedent`
          def view(request):
              if request.headers.get("x-requested-with") == "XMLHttpRequest":
                  pass
        `,
      },
      {
        code: dedent`
          client.is_ajax()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def view(request):
              if request.is_ajax():
                  return json
              flag = not self.request.is_ajax()
              return request.is_ajax() == True
        `,
        errors: [
          { line: 2, column: 8, message: '`HttpRequest.is_ajax()` is deprecated since Django 3.1 and removed in 4.0: check `request.headers.get("x-requested-with") == "XMLHttpRequest"`, or better, the `Accept` header' },
          { line: 4, column: 16, message: '`HttpRequest.is_ajax()` is deprecated since Django 3.1 and removed in 4.0: check `request.headers.get("x-requested-with") == "XMLHttpRequest"`, or better, the `Accept` header' },
          { line: 5, column: 12, message: '`HttpRequest.is_ajax()` is deprecated since Django 3.1 and removed in 4.0: check `request.headers.get("x-requested-with") == "XMLHttpRequest"`, or better, the `Accept` header' },
        ],
        output: dedent`
          def view(request):
              if request.headers.get("x-requested-with") == "XMLHttpRequest":
                  return json
              flag = not self.request.headers.get("x-requested-with") == "XMLHttpRequest"
              return (request.headers.get("x-requested-with") == "XMLHttpRequest") == True
        `,
      },
      {
        code: dedent`
          class OrderList(ListView):
              def get_template_names(self):
                  if self.request.is_ajax():
                      return ["orders/_rows.html"]
                  return ["orders/list.html"]
        `,
        errors: [
          { line: 3, column: 12, message: '`HttpRequest.is_ajax()` is deprecated since Django 3.1 and removed in 4.0: check `request.headers.get("x-requested-with") == "XMLHttpRequest"`, or better, the `Accept` header' },
        ],
        output: dedent`
          class OrderList(ListView):
              def get_template_names(self):
                  if self.request.headers.get("x-requested-with") == "XMLHttpRequest":
                      return ["orders/_rows.html"]
                  return ["orders/list.html"]
        `,
      },
    ],
  },
});
