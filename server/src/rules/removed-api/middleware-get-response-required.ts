import { superCalls } from '../shapes/arguments';
import { callArguments, methodsOf, parametersOf, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const mixins = ['django.utils.deprecation.MiddlewareMixin'];

export default definePythonRule({
  id: 'middleware-get-response-required',
  title: '`MiddlewareMixin` subclasses: `get_response` is required',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds `__init__(self, get_response=None)` in subclasses of `MiddlewareMixin`, and `super().__init__()` calls there that do not pass `get_response`.',
    why: 'Django 3.1 deprecated creating a `MiddlewareMixin` without `get_response`; 4.0 requires it (`TypeError`), and a middleware with `None` cannot call the next one.',
    fixSafety: 'Unsafe (offered, not applied by fix-all): makes `get_response` required and passes it to `super().__init__()`; code (often tests) that creates the middleware without arguments must then pass one.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.10',
  checklist: ['middlewaremixin-get-response-none'],
  truth: { replacements: ['django.utils.deprecation.MiddlewareMixin'], note: 'a parameter default changed (None to required), not a name' },
  triggers: ['MiddlewareMixin'],
  check(context) {
    for (const classNode of subclassesOf(context, mixins)) {
      for (const { definition: init } of methodsOf(classNode, '__init__')) {
        const parameter = parametersOf(init).find((p) => p.name === 'get_response');
        const edits = [];
        if (parameter?.default?.type === 'none') {
          edits.push({ start: parameter.node.startIndex, end: parameter.node.endIndex, text: 'get_response' });
        }
        for (const call of superCalls(init, '__init__')) {
          const { list, positional, keywords, hasSplat } = callArguments(call);
          if (list && positional.length === 0 && keywords.size === 0 && !hasSplat) {
            edits.push({ start: list.startIndex + 1, end: list.startIndex + 1, text: 'get_response' });
            context.report({ node: call, subject: '`MiddlewareMixin.__init__()` without `get_response`', advice: 'pass `get_response` on' });
          }
        }
        if (parameter?.default?.type === 'none') {
          context.report({
            node: parameter.node,
            subject: 'A middleware whose `get_response` defaults to `None`',
            advice: 'make `get_response` required and pass it to `super().__init__()`',
            fix: { title: 'Require `get_response`', edits },
          });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.deprecation import MiddlewareMixin

          class M(MiddlewareMixin):
              def __init__(self, get_response):
                  super().__init__(get_response)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.deprecation import MiddlewareMixin

          class M(MiddlewareMixin):
              def __init__(self, get_response=None):
                  self.get_response = get_response
        `,
        errors: [
          { line: 4, column: 24, message: 'A middleware whose `get_response` defaults to `None` is deprecated since Django 3.1 and removed in 4.0: make `get_response` required and pass it to `super().__init__()`' },
        ],
        output: dedent`
          from django.utils.deprecation import MiddlewareMixin

          class M(MiddlewareMixin):
              def __init__(self, get_response):
                  self.get_response = get_response
        `,
      },
      {
        code: dedent`
          from django.utils.deprecation import MiddlewareMixin


          class TimingMiddleware(MiddlewareMixin):
              def __init__(self, get_response=None):
                  super().__init__()
                  self.get_response = get_response

              def process_request(self, request):
                  request.started = True
        `,
        errors: [
          { line: 5, column: 24, message: 'A middleware whose `get_response` defaults to `None` is deprecated since Django 3.1 and removed in 4.0: make `get_response` required and pass it to `super().__init__()`' },
          { line: 6, column: 9, message: '`MiddlewareMixin.__init__()` without `get_response` is deprecated since Django 3.1 and removed in 4.0: pass `get_response` on' },
        ],
        output: dedent`
          from django.utils.deprecation import MiddlewareMixin


          class TimingMiddleware(MiddlewareMixin):
              def __init__(self, get_response):
                  super().__init__(get_response)
                  self.get_response = get_response

              def process_request(self, request):
                  request.started = True
        `,
      },
    ],
  },
});
