import type { Node } from 'web-tree-sitter';
import { dedent, definePythonRule } from '../shapes';
import { attributeAccesses, importsFrom } from '../../engine/python-queries';
import { drfReleaseNotes } from '../shapes/libraries';

const renames: Record<string, string> = { DATA: 'data', QUERY_PARAMS: 'query_params' };

/** `request` or `self.request`: how DRF views name their Request. */
function isRequest(object: Node): boolean {
  if (object.type === 'identifier') return object.text === 'request';
  return object.type === 'attribute' && object.childForFieldName('attribute')?.text === 'request' && object.childForFieldName('object')?.text === 'self';
}

export default definePythonRule({
  id: 'drf-request-data-query-params',
  title: '`request.DATA` / `request.QUERY_PARAMS` → `request.data` / `request.query_params`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.0',
  removedIn: '3.2',
  fixMinVersion: '3.0',
  docsUrl: drfReleaseNotes('3.0'),
  triggers: Object.keys(renames),
  docs: {
    what: '`request.DATA` and `request.QUERY_PARAMS` (on `request` or `self.request`) in modules that import from `rest_framework`.',
    why: 'DRF 3.0 renamed them `request.data` and `request.query_params` and warned; from 3.2 the old properties raise `NotImplementedError`. (`request.FILES` is left alone: DRF 3.2.x restored it as a proxy of Django\'s.)',
    fixSafety:
      "Safe: the new properties hold the same values. Neither old name exists on Django's `HttpRequest`, so the receiver was DRF's `Request`. Needs DRF 3.0+.",
  },
  fix: 'safe',
  truth: {
    removed: ["rest_framework.request.Request.DATA mentions 'warnings'", "rest_framework.request.Request.QUERY_PARAMS mentions 'warnings'"],
    replacements: ['rest_framework.request.Request.data', 'rest_framework.request.Request.query_params'],
    deprecated: ["rest_framework.request.Request.DATA mentions 'PendingDeprecationWarning'"],
    note: 'From 3.2 the properties still exist but raise NotImplementedError: their removal is proven as the deprecation warning they stop raising.',
  },
  check(context) {
    if (!importsFrom(context, ['rest_framework'])) return;
    const accesses = Object.keys(renames).flatMap((name) => attributeAccesses(context, name));
    for (const access of accesses.sort((x, y) => x.startIndex - y.startIndex)) {
      const attribute = access.childForFieldName('attribute');
      const object = access.childForFieldName('object');
      if (!attribute || !object || !isRequest(object)) continue;
      const replacement = renames[attribute.text];
      context.report({
        node: access,
        subject: `\`request.${attribute.text}\``,
        advice: `use \`request.${replacement}\``,
        fix: { title: `Use \`request.${replacement}\``, edits: [{ start: attribute.startIndex, end: attribute.endIndex, text: replacement }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework.views import APIView


          class Search(APIView):
              def get(self, request):
                  return request.query_params.get("q"), request.FILES
        `,
      },
      {
        code: dedent`
          def view(request):
              return request.DATA
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.views import APIView


          class Search(APIView):
              def get(self, request):
                  return request.QUERY_PARAMS.get("q")
        `,
        errors: [
          { line: 6, column: 16, message: '`request.QUERY_PARAMS` is deprecated since Django REST Framework 3.0 and removed in 3.2: use `request.query_params`' },
        ],
        output: dedent`
          from rest_framework.views import APIView


          class Search(APIView):
              def get(self, request):
                  return request.query_params.get("q")
        `,
      },
      {
        code: dedent`
          from rest_framework import generics


          class Create(generics.CreateAPIView):
              def perform_create(self, serializer):
                  serializer.save(name=self.request.DATA["name"], upload=self.request.FILES["file"])
        `,
        errors: [
          { line: 6, column: 30, message: '`request.DATA` is deprecated since Django REST Framework 3.0 and removed in 3.2: use `request.data`' },
        ],
        output: dedent`
          from rest_framework import generics


          class Create(generics.CreateAPIView):
              def perform_create(self, serializer):
                  serializer.save(name=self.request.data["name"], upload=self.request.FILES["file"])
        `,
      },
    ],
  },
});
