import { isRequestExpression } from '../../engine/python-queries';
import { attributeUseRule, dedent } from '../shapes';

export default attributeUseRule({
  id: 'request-raw-post-data',
  title: '`request.raw_post_data` → `request.body`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds `.raw_post_data` on objects named `request` (also `self.request`, `req`).',
    why: 'Django 1.4 renamed `HttpRequest.raw_post_data` to `HttpRequest.body` (it holds any request body, not only POST data); Django 1.6 removed the old name.',
    fixSafety: 'Safe: `body` is the attribute `raw_post_data` returned. Needs Django 1.4+.',
  },
  fix: 'safe',
  fixMinVersion: '1.4',
  checklist: ['raw-post-data'],
  truth: { removed: ['django.http.HttpRequest.raw_post_data'], replacements: ['django.http.HttpRequest.body'] },
  attributes: [{ name: 'raw_post_data', object: (object) => isRequestExpression(object), rename: 'body', subject: '`HttpRequest.raw_post_data`', advice: 'use `request.body`' }],
  examples: {
    valid: [
      {
        code: dedent`
          payload = json.loads(request.body)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def hook(request):
              payload = json.loads(request.raw_post_data)
        `,
        errors: [
          { line: 2, column: 26, message: '`HttpRequest.raw_post_data` is deprecated since Django 1.4 and removed in 1.6: use `request.body`' },
        ],
        output: dedent`
          def hook(request):
              payload = json.loads(request.body)
        `,
      },
      {
        code: dedent`
          class Hook(View):
              def post(self, *args, **kwargs):
                  return parse(self.request.raw_post_data)
        `,
        errors: [
          { line: 3, column: 22, message: '`HttpRequest.raw_post_data` is deprecated since Django 1.4 and removed in 1.6: use `request.body`' },
        ],
        output: dedent`
          class Hook(View):
              def post(self, *args, **kwargs):
                  return parse(self.request.body)
        `,
      },
    ],
  },
});
