import { dedent, definePythonRule } from '../shapes';
import { stringsEqualTo } from '../../engine/python-queries';
import { drfReleaseNotes, importSites, useSites } from '../shapes/libraries';

const removed = ['rest_framework.schemas.coreapi', 'rest_framework.schemas.ManualSchema', 'rest_framework.renderers.CoreJSONRenderer', 'rest_framework.renderers.CoreAPIJSONOpenAPIRenderer'];

export default definePythonRule({
  id: 'drf-coreapi-schemas',
  title: 'CoreAPI schemas (`rest_framework.schemas.coreapi`, `ManualSchema`, `CoreJSONRenderer`) are deprecated',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.15',
  removedIn: '3.17',
  docsUrl: drfReleaseNotes('3.15'),
  triggers: ['coreapi', 'ManualSchema', 'CoreJSONRenderer', 'CoreAPIJSONOpenAPIRenderer'],
  docs: {
    what: 'Finds imports and uses of `rest_framework.schemas.coreapi`, `rest_framework.schemas.ManualSchema` and the CoreAPI renderers, and those dotted paths in settings (`DEFAULT_SCHEMA_CLASS`).',
    why: 'DRF 3.15 deprecated its CoreAPI support (`RemovedInDRF317Warning`) for the OpenAPI generator; 3.17 removed it. From 3.17 `rest_framework.schemas.AutoSchema` is the OpenAPI one.',
    fixSafety: 'No fix: OpenAPI schemas have another format and another customisation API (`rest_framework.schemas.openapi.AutoSchema`, or drf-spectacular).',
  },
  fix: 'none',
  truth: {
    removed: ['rest_framework.schemas.coreapi', 'rest_framework.schemas.ManualSchema', 'rest_framework.renderers.CoreJSONRenderer'],
    replacements: ['rest_framework.schemas.openapi.AutoSchema'],
    deprecated: ["rest_framework.schemas.coreapi mentions 'RemovedInDRF317Warning'"],
  },
  check(context) {
    if (!/coreapi|ManualSchema|CoreJSONRenderer|CoreAPIJSONOpenAPIRenderer/.test(context.text)) return;
    const sites = removed.flatMap((name) => [...importSites(context, name), ...useSites(context, name)]);
    for (const { node } of stringsEqualTo(context, ['rest_framework.schemas.coreapi.AutoSchema', 'rest_framework.schemas.coreapi.SchemaGenerator', 'rest_framework.renderers.CoreJSONRenderer'])) sites.push(node);
    const seen = new Set<number>();
    for (const node of sites.sort((a, b) => a.startIndex - b.startIndex)) {
      if (seen.has(node.startIndex)) continue;
      seen.add(node.startIndex);
      context.report({ node, subject: `The CoreAPI schema API \`${node.text.replace(/^['"]|['"]$/g, '')}\``, advice: 'move to `rest_framework.schemas.openapi.AutoSchema` (or drf-spectacular)' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "rest_framework.schemas.openapi.AutoSchema"}
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "rest_framework.schemas.coreapi.AutoSchema"}
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 43, message: 'The CoreAPI schema API `rest_framework.schemas.coreapi.AutoSchema` is deprecated since Django REST Framework 3.15 and removed in 3.17: move to `rest_framework.schemas.openapi.AutoSchema` (or drf-spectacular)' },
        ],
      },
      {
        code: dedent`
          from rest_framework.schemas import ManualSchema
          from rest_framework.schemas.coreapi import SchemaGenerator

          generator = SchemaGenerator(title="API")
          manual = ManualSchema(fields=[])
        `,
        errors: [
          { line: 1, column: 36, message: 'The CoreAPI schema API `ManualSchema` is deprecated since Django REST Framework 3.15 and removed in 3.17: move to `rest_framework.schemas.openapi.AutoSchema` (or drf-spectacular)' },
          { line: 2, column: 44, message: 'The CoreAPI schema API `SchemaGenerator` is deprecated since Django REST Framework 3.15 and removed in 3.17: move to `rest_framework.schemas.openapi.AutoSchema` (or drf-spectacular)' },
          { line: 5, column: 10, message: 'The CoreAPI schema API `ManualSchema` is deprecated since Django REST Framework 3.15 and removed in 3.17: move to `rest_framework.schemas.openapi.AutoSchema` (or drf-spectacular)' },
        ],
      },
    ],
  },
});
