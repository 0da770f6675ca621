import { dedent, definePythonRule } from '../shapes';
import { indentationAt, newlineOf } from '../../engine/python-edits';
import { drfReleaseNotes, settingsKeys, stringKeyPairs } from '../shapes/libraries';

const advice: Record<string, string> = {
  PAGINATE_BY: 'set `PAGE_SIZE` and a `DEFAULT_PAGINATION_CLASS`',
  PAGINATE_BY_PARAM: 'set `page_size_query_param` on a `PageNumberPagination` subclass used as `DEFAULT_PAGINATION_CLASS`',
  MAX_PAGINATE_BY: 'set `max_page_size` on a `PageNumberPagination` subclass used as `DEFAULT_PAGINATION_CLASS`',
};

export default definePythonRule({
  id: 'drf-paginate-by-settings',
  title: '`REST_FRAMEWORK` `PAGINATE_BY` settings → `PAGE_SIZE` and pagination classes',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.1',
  removedIn: '3.3',
  fixMinVersion: '3.1',
  docsUrl: drfReleaseNotes('3.1'),
  triggers: Object.keys(advice),
  docs: {
    what: 'Finds the `PAGINATE_BY`, `PAGINATE_BY_PARAM` and `MAX_PAGINATE_BY` keys of a `REST_FRAMEWORK = {...}` settings dict.',
    why: 'DRF 3.1 moved pagination to pagination classes and warned about the keys; 3.3 ignores them, so list views silently stop paginating.',
    fixSafety:
      "Unsafe: `'PAGINATE_BY': N` becomes `'PAGE_SIZE': N`, with `'DEFAULT_PAGINATION_CLASS': 'rest_framework.pagination.PageNumberPagination'` when the dict names no class (from 3.7 DRF has no default class, and `PAGE_SIZE` alone paginates nothing); views that set their own `pagination_class` or none are worth a look. The two other keys become attributes of a pagination class, which the fix cannot write. Needs DRF 3.1+.",
  },
  fix: 'unsafe',
  truth: {
    removed: ["rest_framework.settings.DEFAULTS['PAGINATE_BY']", "rest_framework.settings.DEFAULTS['PAGINATE_BY_PARAM']", "rest_framework.settings.DEFAULTS['MAX_PAGINATE_BY']"],
    replacements: ["rest_framework.settings.DEFAULTS['PAGE_SIZE']", "rest_framework.settings.DEFAULTS['DEFAULT_PAGINATION_CLASS']", 'rest_framework.pagination.PageNumberPagination.page_size_query_param'],
    deprecated: ["rest_framework.settings.DEFAULTS['PAGE_SIZE']", "rest_framework.pagination mentions 'PendingDeprecationWarning'"],
  },
  check(context) {
    const { text } = context;
    for (const { dictionary, key, pair, keyNode } of settingsKeys(context, 'REST_FRAMEWORK', Object.keys(advice))) {
      let fix;
      const present = new Set(stringKeyPairs(dictionary).map((found) => found.key));
      if (key === 'PAGINATE_BY' && !present.has('PAGE_SIZE')) {
        const quote = keyNode.text[0];
        const ownLine = /\n[ \t]*$/.test(text.slice(0, pair.startIndex));
        const separator = ownLine ? `,${newlineOf(text)}${indentationAt(text, pair.startIndex)}` : ', ';
        const paginationClass = present.has('DEFAULT_PAGINATION_CLASS') ? '' : `${quote}DEFAULT_PAGINATION_CLASS${quote}: ${quote}rest_framework.pagination.PageNumberPagination${quote}${separator}`;
        fix = { title: 'Use `PAGE_SIZE` and `PageNumberPagination`', edits: [{ start: keyNode.startIndex, end: keyNode.endIndex, text: `${paginationClass}${quote}PAGE_SIZE${quote}` }] };
      }
      context.report({ node: pair, subject: `The \`REST_FRAMEWORK\` key \`${key}\``, advice: advice[key], fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          REST_FRAMEWORK = {
              "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
              "PAGE_SIZE": 20,
          }
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          REST_FRAMEWORK = {
              "PAGINATE_BY": 20,
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 5, message: 'The `REST_FRAMEWORK` key `PAGINATE_BY` is deprecated since Django REST Framework 3.1 and removed in 3.3: set `PAGE_SIZE` and a `DEFAULT_PAGINATION_CLASS`' },
        ],
        output: dedent`
          REST_FRAMEWORK = {
              "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
              "PAGE_SIZE": 20,
          }
        `,
      },
      {
        code: dedent`
          REST_FRAMEWORK = {'PAGINATE_BY': 20, 'PAGINATE_BY_PARAM': 'page_size', 'MAX_PAGINATE_BY': 100}
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 19, message: 'The `REST_FRAMEWORK` key `PAGINATE_BY` is deprecated since Django REST Framework 3.1 and removed in 3.3: set `PAGE_SIZE` and a `DEFAULT_PAGINATION_CLASS`' },
          { line: 1, column: 38, message: 'The `REST_FRAMEWORK` key `PAGINATE_BY_PARAM` is deprecated since Django REST Framework 3.1 and removed in 3.3: set `page_size_query_param` on a `PageNumberPagination` subclass used as `DEFAULT_PAGINATION_CLASS`' },
          { line: 1, column: 72, message: 'The `REST_FRAMEWORK` key `MAX_PAGINATE_BY` is deprecated since Django REST Framework 3.1 and removed in 3.3: set `max_page_size` on a `PageNumberPagination` subclass used as `DEFAULT_PAGINATION_CLASS`' },
        ],
        output: dedent`
          REST_FRAMEWORK = {'DEFAULT_PAGINATION_CLASS': 'rest_framework.pagination.PageNumberPagination', 'PAGE_SIZE': 20, 'PAGINATE_BY_PARAM': 'page_size', 'MAX_PAGINATE_BY': 100}
        `,
      },
    ],
  },
});
