import { dedent, definePythonRule } from '../shapes';
import { drfReleaseNotes, renamedOverrides } from '../shapes/libraries';

/** The hooks of the OpenAPI AutoSchema that 3.12 made public (the old names warned until 3.14). */
const renames: Record<string, string> = Object.fromEntries(
  ['get_path_parameters', 'get_filter_parameters', 'get_responses', 'get_request_body', 'get_serializer', 'get_paginator', 'map_field_validators', 'map_serializer', 'map_field', 'map_choicefield', 'get_pagination_parameters', 'allows_filters'].map((name) => [`_${name}`, name]),
);

export default definePythonRule({
  id: 'drf-autoschema-private-methods',
  title: "OpenAPI `AutoSchema`'s `_get_responses()` and other underscore hooks → public names",
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.12',
  removedIn: '3.14',
  fixMinVersion: '3.12',
  docsUrl: drfReleaseNotes('3.12'),
  triggers: Object.keys(renames),
  docs: {
    what: `Finds overrides of ${Object.keys(renames).map((name) => `\`${name}()\``).join(', ')} in subclasses of \`rest_framework.schemas.openapi.AutoSchema\`.`,
    why: 'DRF 3.12 made these hooks public (the underscore names kept working with a warning); from 3.14 DRF calls only the public names, so the override is silently ignored and the schema changes.',
    fixSafety: 'Safe: renames the method and its calls through `self.` and `super()` in the class. Needs DRF 3.12+. Not offered when the class defines both names.',
  },
  fix: 'safe',
  truth: {
    removed: ['rest_framework.schemas.openapi.AutoSchema._get_responses', 'rest_framework.schemas.openapi.AutoSchema._map_serializer', 'rest_framework.schemas.openapi.AutoSchema._get_request_body'],
    replacements: ['rest_framework.schemas.openapi.AutoSchema.get_responses', 'rest_framework.schemas.openapi.AutoSchema.map_serializer', 'rest_framework.schemas.openapi.AutoSchema.get_request_body'],
    deprecated: ["rest_framework.schemas.openapi.AutoSchema._get_responses mentions 'RemovedInDRF314Warning'"],
  },
  check(context) {
    for (const { nameNode, old, replacement, edits } of renamedOverrides(context, ['rest_framework.schemas.openapi.AutoSchema'], renames)) {
      context.report({
        node: nameNode,
        subject: `\`AutoSchema.${old}()\``,
        advice: `rename it \`${replacement}()\`, the name DRF calls`,
        fix: edits ? { title: `Rename to \`${replacement}\``, edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework.schemas.openapi import AutoSchema


          class Schema(AutoSchema):
              def get_responses(self, path, method):
                  return super().get_responses(path, method)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.schemas.openapi import AutoSchema


          class Schema(AutoSchema):
              def _get_responses(self, path, method):
                  return super()._get_responses(path, method)
        `,
        errors: [
          { line: 5, column: 9, message: '`AutoSchema._get_responses()` is deprecated since Django REST Framework 3.12 and removed in 3.14: rename it `get_responses()`, the name DRF calls' },
        ],
        output: dedent`
          from rest_framework.schemas.openapi import AutoSchema


          class Schema(AutoSchema):
              def get_responses(self, path, method):
                  return super().get_responses(path, method)
        `,
      },
      {
        code: dedent`
          from rest_framework.schemas import openapi


          class Schema(openapi.AutoSchema):
              def _map_serializer(self, serializer):
                  return {}

              def _get_request_body(self, path, method):
                  return self._map_serializer(None)
        `,
        errors: [
          { line: 5, column: 9, message: '`AutoSchema._map_serializer()` is deprecated since Django REST Framework 3.12 and removed in 3.14: rename it `map_serializer()`, the name DRF calls' },
          { line: 8, column: 9, message: '`AutoSchema._get_request_body()` is deprecated since Django REST Framework 3.12 and removed in 3.14: rename it `get_request_body()`, the name DRF calls' },
        ],
        output: dedent`
          from rest_framework.schemas import openapi


          class Schema(openapi.AutoSchema):
              def map_serializer(self, serializer):
                  return {}

              def get_request_body(self, path, method):
                  return self.map_serializer(None)
        `,
      },
    ],
  },
});
