import { isRequestExpression } from '../../engine/python-queries';
import { callArguments } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'request-xreadlines',
  title: '`request.xreadlines()` → `iter(request)`',
  category: 'removed-api',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  docs: {
    what: 'Finds `xreadlines()` called on a request (`request`, `self.request`, `req`), or on `self` in an `HttpRequest` subclass.',
    why: '`xreadlines()` was a Python 2 file idiom; Django 2.0 deprecated it on `HttpRequest` and Django 3.0 removed it. A request is iterable line by line.',
    fixSafety: 'Safe: `iter(request)` yields the same lines.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['request-xreadlines'],
  classes: [/^django\.(http|core\.handlers)\.([\w.]+\.)?\w*Request$/],
  receiver: (_context, receiver) => isRequestExpression(receiver),
  overrides: false,
  methods: [
    {
      name: 'xreadlines',
      subject: '`HttpRequest.xreadlines()`',
      advice: 'iterate over the request (`for line in request:`, or `iter(request)`)',
      rewrite(context, call) {
        const { list, positional, keywords, hasSplat } = callArguments(call);
        const receiver = call.childForFieldName('function')?.childForFieldName('object');
        if (!list || !receiver || positional.length || keywords.size || hasSplat) return null;
        return { title: 'Use `iter(request)`', edits: [{ start: call.startIndex, end: call.endIndex, text: `iter(${context.text.slice(receiver.startIndex, receiver.endIndex)})` }] };
      },
    },
  ],
  truth: { removed: ['django.http.request.HttpRequest.xreadlines'], replacements: ['django.http.request.HttpRequest.__iter__'] },
  examples: {
    valid: [
      {
        code: dedent`
          def upload(request):
              for line in request:
                  handle(line)
        `,
      },
      {
        code: dedent`
          for line in handle.xreadlines():
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def upload(request):
              for line in request.xreadlines():
                  handle(line)
        `,
        errors: [
          { line: 2, column: 17, message: '`HttpRequest.xreadlines()` is deprecated since Django 2.0 and removed in 3.0: iterate over the request (`for line in request:`, or `iter(request)`)' },
        ],
        output: dedent`
          def upload(request):
              for line in iter(request):
                  handle(line)
        `,
      },
      {
        code: dedent`
          def import_csv(request):
              rows = list(request.xreadlines())
              return len(rows)
        `,
        errors: [
          { line: 2, column: 17, message: '`HttpRequest.xreadlines()` is deprecated since Django 2.0 and removed in 3.0: iterate over the request (`for line in request:`, or `iter(request)`)' },
        ],
        output: dedent`
          def import_csv(request):
              rows = list(iter(request))
              return len(rows)
        `,
      },
    ],
  },
});
