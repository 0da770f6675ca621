import { isRequestExpression } from '../../engine/python-queries';
import { attributeUseRule, dedent } from '../shapes';

export default attributeUseRule({
  id: 'request-request',
  title: '`request.REQUEST` → `request.GET` / `request.POST`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `.REQUEST` on objects named `request` (also `self.request`, `req`).',
    why: 'Django 1.7 deprecated `HttpRequest.REQUEST`, which merged `GET` and `POST` (POST first) and hid where a value came from; Django 1.9 removed it.',
  },
  fix: 'none',
  checklist: ['wsgirequest-request'],
  truth: { removed: ['django.core.handlers.wsgi.WSGIRequest.REQUEST'] },
  attributes: [{ name: 'REQUEST', object: (object) => isRequestExpression(object), subject: '`HttpRequest.REQUEST`', advice: 'read `request.POST` or `request.GET`, whichever the value comes from' }],
  examples: {
    valid: [
      {
        code: dedent`
          def search(request):
              return request.GET.get("q")
        `,
      },
      {
        code: dedent`
          environ.REQUEST
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def search(request):
              query = request.REQUEST.get("q")
              page = self.request.REQUEST["page"]
        `,
        errors: [
          { line: 2, column: 13, message: '`HttpRequest.REQUEST` is deprecated since Django 1.7 and removed in 1.9: read `request.POST` or `request.GET`, whichever the value comes from' },
          { line: 3, column: 12, message: '`HttpRequest.REQUEST` is deprecated since Django 1.7 and removed in 1.9: read `request.POST` or `request.GET`, whichever the value comes from' },
        ],
      },
    ],
  },
});
