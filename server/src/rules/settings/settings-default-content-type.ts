import { dedent } from '../shapes';
import { isString, removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-default-content-type',
  title: 'Remove `DEFAULT_CONTENT_TYPE`',
  category: 'settings',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  setting: 'DEFAULT_CONTENT_TYPE',
  removable: isString('text/html'),
  docs: {
    what: 'Finds the `DEFAULT_CONTENT_TYPE` setting in settings modules.',
    why: 'Django 3.0 removed it: every response defaults to `text/html` again, and other content types must be set per response.',
    fixSafety: 'Removes `DEFAULT_CONTENT_TYPE = "text/html"`, the default. Other values get a message: set `content_type` on the responses that need it.',
  },
  advice: 'set `content_type=` on the responses that need it and remove it',
  removableAdvice: 'remove it: `"text/html"` is the default',
  checklist: ['default-content-type'],
  examples: {
    valid: [
      {
        code: dedent`
          DEFAULT_CHARSET = "utf-8"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DEFAULT_CONTENT_TYPE = "text/html"
          DEFAULT_CHARSET = "utf-8"
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `DEFAULT_CONTENT_TYPE` setting is deprecated since Django 2.0 and removed in 3.0: remove it: `"text/html"` is the default' },
        ],
        output: dedent`
          DEFAULT_CHARSET = "utf-8"
        `,
      },
      {
        code: dedent`
          DEFAULT_CONTENT_TYPE = 'application/xhtml+xml'
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `DEFAULT_CONTENT_TYPE` setting is deprecated since Django 2.0 and removed in 3.0: set `content_type=` on the responses that need it and remove it' },
        ],
      },
      {
        code: dedent`
          DEFAULT_CHARSET = "utf-8"
          DEFAULT_CONTENT_TYPE = 'text/html'
          LANGUAGE_CODE = "en-us"
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `DEFAULT_CONTENT_TYPE` setting is deprecated since Django 2.0 and removed in 3.0: remove it: `"text/html"` is the default' },
        ],
        output: dedent`
          DEFAULT_CHARSET = "utf-8"
          LANGUAGE_CODE = "en-us"
        `,
      },
    ],
  },
});
