import { dedent, definePythonRule } from '../shapes';
import { drfReleaseNotes, importSites, useSites } from '../shapes/libraries';

export default definePythonRule({
  id: 'drf-include-docs-urls',
  title: '`rest_framework.documentation` (`include_docs_urls`) is deprecated',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.15',
  removedIn: '3.17',
  docsUrl: drfReleaseNotes('3.15'),
  triggers: ['documentation'],
  docs: {
    what: 'Finds imports and uses of `rest_framework.documentation` and its `include_docs_urls()`.',
    why: 'The built-in API documentation runs on CoreAPI, which DRF 3.15 deprecated; 3.17 removed the module, so the URLconf no longer imports.',
    fixSafety: 'No fix: the replacement serves another UI from an OpenAPI schema (`get_schema_view()` with Swagger UI or ReDoc, or drf-spectacular).',
  },
  fix: 'none',
  truth: {
    removed: ['rest_framework.documentation.include_docs_urls'],
    replacements: ['rest_framework.schemas.get_schema_view'],
    deprecated: ["rest_framework.schemas.coreapi mentions 'RemovedInDRF317Warning'"],
  },
  check(context) {
    if (!context.text.includes('documentation')) return;
    const sites = [...importSites(context, 'rest_framework.documentation'), ...useSites(context, 'rest_framework.documentation.include_docs_urls')];
    const seen = new Set<number>();
    for (const node of sites.sort((a, b) => a.startIndex - b.startIndex)) {
      if (seen.has(node.startIndex)) continue;
      seen.add(node.startIndex);
      context.report({ node, subject: '`rest_framework.documentation`', advice: 'serve an OpenAPI schema (`rest_framework.schemas.get_schema_view()`) with Swagger UI or ReDoc, or use drf-spectacular' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework.schemas import get_schema_view

          schema_view = get_schema_view(title="API")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.urls import path
          from rest_framework.documentation import include_docs_urls

          urlpatterns = [path("docs/", include_docs_urls(title="API"))]
        `,
        errors: [
          { line: 2, column: 42, message: '`rest_framework.documentation` is deprecated since Django REST Framework 3.15 and removed in 3.17: serve an OpenAPI schema (`rest_framework.schemas.get_schema_view()`) with Swagger UI or ReDoc, or use drf-spectacular' },
          { line: 4, column: 30, message: '`rest_framework.documentation` is deprecated since Django REST Framework 3.15 and removed in 3.17: serve an OpenAPI schema (`rest_framework.schemas.get_schema_view()`) with Swagger UI or ReDoc, or use drf-spectacular' },
        ],
      },
      {
        code: dedent`
          from rest_framework import documentation

          urls = documentation.include_docs_urls(title="API", public=False)
        `,
        errors: [
          { line: 1, column: 28, message: '`rest_framework.documentation` is deprecated since Django REST Framework 3.15 and removed in 3.17: serve an OpenAPI schema (`rest_framework.schemas.get_schema_view()`) with Swagger UI or ReDoc, or use drf-spectacular' },
          { line: 3, column: 8, message: '`rest_framework.documentation` is deprecated since Django REST Framework 3.15 and removed in 3.17: serve an OpenAPI schema (`rest_framework.schemas.get_schema_view()`) with Swagger UI or ReDoc, or use drf-spectacular' },
        ],
      },
    ],
  },
});
