import { dedent, definePythonRule } from '../shapes';
import { drfReleaseNotes, movedLibraryNames, settingsKeys } from '../shapes/libraries';

export default definePythonRule({
  id: 'drf-removed-settings-pagination-serializer',
  title: '`PaginationSerializer` and `DEFAULT_PAGINATION_SERIALIZER_CLASS` were removed',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docsUrl: drfReleaseNotes('3.1'),
  triggers: ['DEFAULT_PAGINATION_SERIALIZER_CLASS', 'PaginationSerializer'],
  docs: {
    what: 'Finds the `DEFAULT_PAGINATION_SERIALIZER_CLASS` key of `REST_FRAMEWORK`, and imports and uses of `rest_framework.pagination.PaginationSerializer`.',
    why: "DRF 3.1 replaced pagination serializers by pagination classes, whose `get_paginated_response()` shapes the page, without a deprecation period: the import fails and the key is ignored.",
    fixSafety: 'No fix: the page\'s envelope moves into a pagination class (`DEFAULT_PAGINATION_CLASS`), written by hand.',
  },
  fix: 'none',
  truth: {
    removed: ["rest_framework.settings.DEFAULTS['DEFAULT_PAGINATION_SERIALIZER_CLASS']", 'rest_framework.pagination.PaginationSerializer'],
    replacements: ["rest_framework.settings.DEFAULTS['DEFAULT_PAGINATION_CLASS']"],
  },
  check(context) {
    const advice = 'write a pagination class whose `get_paginated_response()` returns the page, and set it as `DEFAULT_PAGINATION_CLASS`';
    for (const { pair } of settingsKeys(context, 'REST_FRAMEWORK', ['DEFAULT_PAGINATION_SERIALIZER_CLASS'])) {
      context.report({ node: pair, subject: 'The `REST_FRAMEWORK` key `DEFAULT_PAGINATION_SERIALIZER_CLASS`', advice });
    }
    for (const { node } of movedLibraryNames(context, [{ old: 'rest_framework.pagination.PaginationSerializer' }])) {
      context.report({ node, subject: '`PaginationSerializer`', advice });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          REST_FRAMEWORK = {"DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination", "PAGE_SIZE": 10}
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          REST_FRAMEWORK = {"DEFAULT_PAGINATION_SERIALIZER_CLASS": "api.pagination.Envelope"}
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 19, message: 'The `REST_FRAMEWORK` key `DEFAULT_PAGINATION_SERIALIZER_CLASS` was removed in Django REST Framework 3.1 without a deprecation period: write a pagination class whose `get_paginated_response()` returns the page, and set it as `DEFAULT_PAGINATION_CLASS`' },
        ],
      },
      {
        code: dedent`
          from rest_framework.pagination import PaginationSerializer


          class Envelope(PaginationSerializer):
              pass
        `,
        errors: [
          { line: 1, column: 39, message: '`PaginationSerializer` was removed in Django REST Framework 3.1 without a deprecation period: write a pagination class whose `get_paginated_response()` returns the page, and set it as `DEFAULT_PAGINATION_CLASS`' },
          { line: 4, column: 16, message: '`PaginationSerializer` was removed in Django REST Framework 3.1 without a deprecation period: write a pagination class whose `get_paginated_response()` returns the page, and set it as `DEFAULT_PAGINATION_CLASS`' },
        ],
      },
    ],
  },
});
