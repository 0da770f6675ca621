import { settingAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const renames: Record<string, string> = {
  CORS_ORIGIN_WHITELIST: 'CORS_ALLOWED_ORIGINS',
  CORS_ORIGIN_REGEX_WHITELIST: 'CORS_ALLOWED_ORIGIN_REGEXES',
  CORS_ORIGIN_ALLOW_ALL: 'CORS_ALLOW_ALL_ORIGINS',
};

export default definePythonRule({
  id: 'cors-headers-renamed-settings',
  title: '`CORS_ORIGIN_WHITELIST`, `CORS_ORIGIN_REGEX_WHITELIST`, `CORS_ORIGIN_ALLOW_ALL` → `CORS_ALLOWED_ORIGINS`, …',
  category: 'cors-headers',
  library: 'django-cors-headers',
  deprecatedIn: '3.5',
  removedIn: null,
  fixMinVersion: '3.5',
  onlyIn: ['settings'],
  docsUrl: 'https://github.com/adamchainz/django-cors-headers/blob/main/CHANGELOG.rst',
  triggers: Object.keys(renames),
  docs: {
    what: `Finds the settings ${Object.keys(renames).map((name) => `\`${name}\``).join(', ')} in settings modules.`,
    why: 'django-cors-headers 3.5 renamed them (`CORS_ALLOWED_ORIGINS`, `CORS_ALLOWED_ORIGIN_REGEXES`, `CORS_ALLOW_ALL_ORIGINS`); the old names are read only as fallbacks of the new ones.',
    fixSafety: 'Safe: renames the setting, which django-cors-headers 3.5+ reads under the new name with the same value. Not offered when the module sets the new name too.',
  },
  fix: 'safe',
  // Whether the fix is offered depends on the other statements (the new name set elsewhere): it runs on the whole file after every edit.
  locality: 'file',
  truth: {
    deprecated: ['corsheaders.conf.Settings.CORS_ALLOWED_ORIGINS', 'corsheaders.conf.Settings.CORS_ALLOW_ALL_ORIGINS'],
    replacements: ['corsheaders.conf.Settings.CORS_ALLOWED_ORIGINS', 'corsheaders.conf.Settings.CORS_ALLOWED_ORIGIN_REGEXES', 'corsheaders.conf.Settings.CORS_ALLOW_ALL_ORIGINS'],
  },
  check(context) {
    for (const [old, replacement] of Object.entries(renames)) {
      const taken = settingAssignments(context, replacement).length > 0;
      for (const { left } of settingAssignments(context, old)) {
        context.report({
          node: left,
          subject: `The setting \`${old}\``,
          advice: `rename it \`${replacement}\``,
          fix: taken ? undefined : { title: `Rename to \`${replacement}\``, edits: [{ start: left.startIndex, end: left.endIndex, text: replacement }] },
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          CORS_ALLOWED_ORIGINS = ["https://example.com"]
          CORS_ALLOW_ALL_ORIGINS = False
        `,
        filename: 'site/settings.py',
      },
      {
        code: dedent`
          CORS_ORIGIN_WHITELIST = ["https://example.com"]
        `,
        filename: 'site/constants.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          CORS_ORIGIN_WHITELIST = [
              "https://example.com",
          ]
          CORS_ORIGIN_REGEX_WHITELIST = [r"^https://\w+\.example\.com$"]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The setting `CORS_ORIGIN_WHITELIST` is deprecated since django-cors-headers 3.5: rename it `CORS_ALLOWED_ORIGINS`' },
          { line: 4, column: 1, message: 'The setting `CORS_ORIGIN_REGEX_WHITELIST` is deprecated since django-cors-headers 3.5: rename it `CORS_ALLOWED_ORIGIN_REGEXES`' },
        ],
        output: dedent`
          CORS_ALLOWED_ORIGINS = [
              "https://example.com",
          ]
          CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.example\.com$"]
        `,
      },
      {
        code: dedent`
          import os

          CORS_ORIGIN_ALLOW_ALL = os.environ.get("CORS_ALL") == "1"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 3, column: 1, message: 'The setting `CORS_ORIGIN_ALLOW_ALL` is deprecated since django-cors-headers 3.5: rename it `CORS_ALLOW_ALL_ORIGINS`' },
        ],
        output: dedent`
          import os

          CORS_ALLOW_ALL_ORIGINS = os.environ.get("CORS_ALL") == "1"
        `,
      },
      {
        // The new name is set too: no rename (two settings of one name), whichever statement was edited last.
        code: dedent`
          CORS_ALLOWED_ORIGINS = ["https://a.example.com"]
          CORS_ORIGIN_WHITELIST = ["https://b.example.com"]
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 1, message: 'The setting `CORS_ORIGIN_WHITELIST` is deprecated since django-cors-headers 3.5: rename it `CORS_ALLOWED_ORIGINS`' },
        ],
      },
    ],
  },
});
