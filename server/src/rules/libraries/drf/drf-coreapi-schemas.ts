import type { PythonRule } from '../../python/rule-factories';
import { drfReleaseNotes } from '../docs-links';
import { dottedPathStrings, importSites, useSites } from '../queries';

const removed = ['rest_framework.schemas.coreapi', 'rest_framework.schemas.ManualSchema', 'rest_framework.renderers.CoreJSONRenderer', 'rest_framework.renderers.CoreAPIJSONOpenAPIRenderer'];

const rule: PythonRule = {
  id: 'drf-coreapi-schemas',
  title: 'CoreAPI schemas (`rest_framework.schemas.coreapi`, `ManualSchema`, `CoreJSONRenderer`) are deprecated',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.15',
  removedIn: '3.17',
  languages: ['python'],
  docsUrl: drfReleaseNotes('3.15'),
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
    for (const { node } of dottedPathStrings(context, ['rest_framework.schemas.coreapi.AutoSchema', 'rest_framework.schemas.coreapi.SchemaGenerator', 'rest_framework.renderers.CoreJSONRenderer'])) sites.push(node);
    const seen = new Set<number>();
    for (const node of sites.sort((a, b) => a.startIndex - b.startIndex)) {
      if (seen.has(node.startIndex)) continue;
      seen.add(node.startIndex);
      context.report({ node, subject: `CoreAPI schemas (\`${node.text.replace(/^['"]|['"]$/g, '')}\`)`, advice: 'move to `rest_framework.schemas.openapi.AutoSchema` (or drf-spectacular)' });
    }
  },
  examples: {
    valid: [{ code: 'REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "rest_framework.schemas.openapi.AutoSchema"}\n', filename: 'settings.py' }],
    invalid: [
      { code: 'REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "rest_framework.schemas.coreapi.AutoSchema"}\n', filename: 'settings.py', findings: 1 },
      { code: 'from rest_framework.schemas import ManualSchema\nfrom rest_framework.schemas.coreapi import SchemaGenerator\n\ngenerator = SchemaGenerator(title="API")\nmanual = ManualSchema(fields=[])\n', findings: 3 },
    ],
  },
};
export default rule;
