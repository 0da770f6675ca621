import { dedent } from '../shapes';
import { CompatName, drfCompatRule, drfReleaseNotes } from '../shapes/libraries';

const compat: Record<string, CompatName> = {
  coreapi: { advice: 'import the `coreapi` package itself (`None` when not installed was the compat name), or move off CoreAPI schemas to OpenAPI' },
  coreschema: { advice: 'import the `coreschema` package itself, or move off CoreAPI schemas to OpenAPI' },
};

export default drfCompatRule({
  id: 'drf-compat-coreapi',
  title: '`rest_framework.compat.coreapi` and `coreschema` were removed',
  deprecatedIn: '3.15',
  removedIn: '3.17',
  names: compat,
  docsUrl: drfReleaseNotes('3.17'),
  docs: {
    what: 'Finds imports and uses of `rest_framework.compat.coreapi` and `rest_framework.compat.coreschema`.',
    why: "DRF's private `rest_framework.compat` module exposed the optional `coreapi` and `coreschema` packages (or `None`) for CoreAPI schema generation, which DRF deprecated in 3.15 and removed in 3.17 together with those names; custom filters and pagination classes that described their fields with `coreapi.Field` fail to import.",
    fixSafety: 'No fix: importing the packages directly raises where they are not installed (the compat names were `None` then), and `get_schema_fields()` methods that use them only served CoreAPI schemas; move to OpenAPI (`get_schema_operation_parameters()`).',
  },
  examples: {
    valid: [
      {
        code: dedent`
          import coreapi
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.compat import coreapi, coreschema
          from rest_framework.filters import BaseFilterBackend


          class OwnerFilter(BaseFilterBackend):
              def get_schema_fields(self, view):
                  return [coreapi.Field(name="owner", location="query", schema=coreschema.String())]
        `,
        errors: [
          { line: 1, column: 35, message: '`rest_framework.compat.coreapi` is deprecated since Django REST Framework 3.15 and removed in 3.17: import the `coreapi` package itself (`None` when not installed was the compat name), or move off CoreAPI schemas to OpenAPI' },
          { line: 1, column: 44, message: '`rest_framework.compat.coreschema` is deprecated since Django REST Framework 3.15 and removed in 3.17: import the `coreschema` package itself, or move off CoreAPI schemas to OpenAPI' },
          { line: 7, column: 17, message: '`rest_framework.compat.coreapi` is deprecated since Django REST Framework 3.15 and removed in 3.17: import the `coreapi` package itself (`None` when not installed was the compat name), or move off CoreAPI schemas to OpenAPI' },
          { line: 7, column: 70, message: '`rest_framework.compat.coreschema` is deprecated since Django REST Framework 3.15 and removed in 3.17: import the `coreschema` package itself, or move off CoreAPI schemas to OpenAPI' },
        ],
      },
    ],
  },
});
