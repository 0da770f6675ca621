import { dedent, renamedKeywordRule } from '../shapes';
import { inFallbackAfter } from '../shapes/receivers';

export default renamedKeywordRule({
  id: 'http-response-mimetype',
  title: '`HttpResponse(mimetype=…)` → `content_type=`',
  category: 'removed-api',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds the `mimetype` argument of `HttpResponse` and its subclasses (`HttpResponseNotFound`, `StreamingHttpResponse`, …), and of `render_to_response()` and `render()`, which pass it on; not in the `except` fallback of a `try` that passes `content_type`.',
    why: 'Django 1.5 deprecated `mimetype` for `content_type` (a response carries a charset too); Django 1.7 removed it (`TypeError`).',
    fixSafety: 'Safe: `content_type` takes the same value (it exists in every release the catalogue covers).',
  },
  fix: 'safe',
  fixMinVersion: '1.4',
  checklist: ['mimetype-argument'],
  truth: { removedParameters: [{ symbol: 'django.http.response.HttpResponseBase.__init__', name: 'mimetype' }] },
  callables: [
    'django.http.HttpResponse', 'django.http.response.HttpResponse', 'django.http.HttpResponseNotFound', 'django.http.HttpResponseBadRequest',
    'django.http.HttpResponseForbidden', 'django.http.HttpResponseServerError', 'django.http.HttpResponseNotAllowed', 'django.http.HttpResponseGone',
    'django.http.StreamingHttpResponse', 'django.http.response.StreamingHttpResponse',
    'django.shortcuts.render_to_response', 'django.shortcuts.render',
  ],
  renames: { mimetype: 'content_type' },
  display: 'HttpResponse',
  // `try: HttpResponse(x, content_type=…)` / `except TypeError: HttpResponse(x, mimetype=…)`: dead from 1.5 on.
  skip: (_context, call) => inFallbackAfter(call, 'content_type'),
  examples: {
    valid: [
      {
        code: dedent`
          from django.http import HttpResponse

          response = HttpResponse("{}", content_type="application/json")
        `,
      },
      {
        code: dedent`
          from django.http import HttpResponse


          def export(data):
              try:
                  return HttpResponse(data, content_type="text/csv")
              except TypeError:
                  return HttpResponse(data, mimetype="text/csv")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.http import HttpResponse


          def export(request):
              return HttpResponse(build_csv(), mimetype="text/csv")
        `,
        errors: [
          { line: 5, column: 38, message: '`HttpResponse(mimetype=…)` is deprecated since Django 1.5 and removed in 1.7: use `content_type=`' },
        ],
        output: dedent`
          from django.http import HttpResponse


          def export(request):
              return HttpResponse(build_csv(), content_type="text/csv")
        `,
      },
      {
        code: dedent`
          from django.shortcuts import render_to_response


          def sitemap(request):
              return render_to_response("sitemap.xml", {"urls": []}, mimetype="application/xml")
        `,
        errors: [
          { line: 5, column: 60, message: '`HttpResponse(mimetype=…)` is deprecated since Django 1.5 and removed in 1.7: use `content_type=`' },
        ],
        output: dedent`
          from django.shortcuts import render_to_response


          def sitemap(request):
              return render_to_response("sitemap.xml", {"urls": []}, content_type="application/xml")
        `,
      },
    ],
  },
});
