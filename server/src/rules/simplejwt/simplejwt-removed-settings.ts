import { dedent, definePythonRule } from '../shapes';
import { changedSettingsKeys, SettingsKeyChange, simplejwtChangelog } from '../shapes/libraries';

/** The `SIMPLE_JWT` keys 3.0 renamed or removed: 3.0+ refuses to start with any of them. */
const changes: SettingsKeyChange[] = [
  { key: 'SECRET_KEY', replacement: 'SIGNING_KEY' },
  { key: 'AUTH_TOKEN_CLASS', replacement: 'AUTH_TOKEN_CLASSES' },
  { key: 'TOKEN_BACKEND_CLASS' },
];

export default definePythonRule({
  id: 'simplejwt-removed-settings',
  title: '`SIMPLE_JWT` keys `SECRET_KEY`, `AUTH_TOKEN_CLASS`, `TOKEN_BACKEND_CLASS` → `SIGNING_KEY`, `AUTH_TOKEN_CLASSES`',
  category: 'simplejwt',
  library: 'djangorestframework-simplejwt',
  deprecatedIn: '3.0',
  removedIn: '3.0',
  onlyIn: ['settings'],
  docsUrl: simplejwtChangelog,
  triggers: changes.map((change) => change.key),
  docs: {
    what: `Finds the keys ${changes.map((change) => `\`${change.key}\``).join(', ')} of a \`SIMPLE_JWT = {...}\` settings dict.`,
    why: 'Simple JWT 3.0 renamed `SECRET_KEY` to `SIGNING_KEY` (which also holds an RSA private key), replaced `AUTH_TOKEN_CLASS` by the list `AUTH_TOKEN_CLASSES`, and dropped its pluggable backends (`TOKEN_BACKEND_CLASS`); from 3.0 any of these keys stops the project with "The \'…\' setting has been removed".',
    fixSafety:
      'Safe: `SECRET_KEY` is renamed `SIGNING_KEY`; `"AUTH_TOKEN_CLASS": X` becomes `"AUTH_TOKEN_CLASSES": (X,)`, the one-class list 3.0 reads; `TOKEN_BACKEND_CLASS`, which 3.0 forbids, is deleted. Not when the dict has the new key too.',
  },
  fix: 'safe',
  truth: {
    removed: changes.map((change) => `rest_framework_simplejwt.settings.DEFAULTS['${change.key}']`),
    replacements: ["rest_framework_simplejwt.settings.DEFAULTS['SIGNING_KEY']", "rest_framework_simplejwt.settings.DEFAULTS['AUTH_TOKEN_CLASSES']", "rest_framework_simplejwt.settings mentions 'REMOVED_SETTINGS'"],
  },
  check(context) {
    for (const { pair, keyNode, change, edits } of changedSettingsKeys(context, 'SIMPLE_JWT', changes)) {
      const value = pair.childForFieldName('value');
      // One token class becomes the list of one.
      const fix = edits && change.key === 'AUTH_TOKEN_CLASS' ? (value ? [...edits, { start: value.startIndex, end: value.endIndex, text: `(${value.text},)` }] : null) : edits;
      context.report({
        node: keyNode,
        subject: `The \`SIMPLE_JWT\` key \`${change.key}\``,
        advice: change.key === 'AUTH_TOKEN_CLASS' ? 'use `AUTH_TOKEN_CLASSES`, a list of token classes' : change.replacement ? `rename it \`${change.replacement}\`` : 'delete it: Simple JWT always uses PyJWT',
        fix: fix ? { title: change.replacement ? `Use \`${change.replacement}\`` : `Delete \`${change.key}\``, edits: fix } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          SIMPLE_JWT = {"SIGNING_KEY": SECRET_KEY, "AUTH_TOKEN_CLASSES": ("rest_framework_simplejwt.tokens.AccessToken",)}
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          SIMPLE_JWT = {
              "SECRET_KEY": SECRET_KEY,
              "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
          }
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 5, message: 'The `SIMPLE_JWT` key `SECRET_KEY` was removed in Simple JWT 3.0 without a deprecation period: rename it `SIGNING_KEY`' },
        ],
        output: dedent`
          SIMPLE_JWT = {
              "SIGNING_KEY": SECRET_KEY,
              "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
          }
        `,
      },
      {
        code: dedent`
          SIMPLE_JWT = {
              "AUTH_TOKEN_CLASS": "rest_framework_simplejwt.tokens.SlidingToken",
              "TOKEN_BACKEND_CLASS": "rest_framework_simplejwt.backends.PyJWTBackend",
          }
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 5, message: 'The `SIMPLE_JWT` key `AUTH_TOKEN_CLASS` was removed in Simple JWT 3.0 without a deprecation period: use `AUTH_TOKEN_CLASSES`, a list of token classes' },
          { line: 3, column: 5, message: 'The `SIMPLE_JWT` key `TOKEN_BACKEND_CLASS` was removed in Simple JWT 3.0 without a deprecation period: delete it: Simple JWT always uses PyJWT' },
        ],
        output: dedent`
          SIMPLE_JWT = {
              "AUTH_TOKEN_CLASSES": ("rest_framework_simplejwt.tokens.SlidingToken",),
          }
        `,
      },
    ],
  },
});
