import { dedent, definePythonRule } from '../shapes';
import { changedSettingsKeys, simplejwtChangelog } from '../shapes/libraries';

export default definePythonRule({
  id: 'simplejwt-auth-header-type',
  title: '`SIMPLE_JWT["AUTH_HEADER_TYPE"]` → `AUTH_HEADER_TYPES`',
  category: 'simplejwt',
  library: 'djangorestframework-simplejwt',
  deprecatedIn: '3.2',
  removedIn: '3.2',
  onlyIn: ['settings'],
  docsUrl: simplejwtChangelog,
  triggers: ['AUTH_HEADER_TYPE'],
  docs: {
    what: 'Finds the key `AUTH_HEADER_TYPE` of a `SIMPLE_JWT = {...}` settings dict.',
    why: 'Simple JWT 3.2 renamed it `AUTH_HEADER_TYPES` (one header type or a list of them); from 3.2 the old key stops the project with "The \'AUTH_HEADER_TYPE\' setting has been removed".',
    fixSafety: 'Safe: renames the key; `AUTH_HEADER_TYPES` takes a single header type as it is. Not when the dict has `AUTH_HEADER_TYPES` too.',
  },
  fix: 'safe',
  truth: {
    removed: ["rest_framework_simplejwt.settings.DEFAULTS['AUTH_HEADER_TYPE']"],
    replacements: ["rest_framework_simplejwt.settings.DEFAULTS['AUTH_HEADER_TYPES']"],
  },
  check(context) {
    for (const { keyNode, edits } of changedSettingsKeys(context, 'SIMPLE_JWT', [{ key: 'AUTH_HEADER_TYPE', replacement: 'AUTH_HEADER_TYPES' }])) {
      context.report({ node: keyNode, subject: 'The `SIMPLE_JWT` key `AUTH_HEADER_TYPE`', advice: 'rename it `AUTH_HEADER_TYPES`', fix: edits ? { title: 'Use `AUTH_HEADER_TYPES`', edits } : undefined });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          SIMPLE_JWT = {"AUTH_HEADER_TYPES": ("Bearer", "JWT")}
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          SIMPLE_JWT = {"AUTH_HEADER_TYPE": "JWT"}
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 15, message: 'The `SIMPLE_JWT` key `AUTH_HEADER_TYPE` was removed in Simple JWT 3.2 without a deprecation period: rename it `AUTH_HEADER_TYPES`' },
        ],
        output: dedent`
          SIMPLE_JWT = {"AUTH_HEADER_TYPES": "JWT"}
        `,
      },
      {
        code: dedent`
          SIMPLE_JWT = {
              "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
              'AUTH_HEADER_TYPE': 'Bearer',
          }
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 3, column: 5, message: 'The `SIMPLE_JWT` key `AUTH_HEADER_TYPE` was removed in Simple JWT 3.2 without a deprecation period: rename it `AUTH_HEADER_TYPES`' },
        ],
        output: dedent`
          SIMPLE_JWT = {
              "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
              'AUTH_HEADER_TYPES': 'Bearer',
          }
        `,
      },
    ],
  },
});
