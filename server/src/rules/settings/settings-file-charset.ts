import { dedent } from '../shapes';
import { isString, removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-file-charset',
  title: 'Remove `FILE_CHARSET`',
  category: 'settings',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  setting: 'FILE_CHARSET',
  removable: isString('utf-8', 'utf8'),
  docs: {
    what: 'Finds the `FILE_CHARSET` setting in settings modules, at module level or in a settings class.',
    why: 'From Django 3.1 templates, static files and translation catalogs are always read as UTF-8.',
    fixSafety: 'Removes `FILE_CHARSET = "utf-8"`, the default. Other encodings get a message: the files must be converted to UTF-8.',
  },
  advice: 'convert templates and static files to UTF-8 and remove it',
  removableAdvice: 'remove it: files are always read as UTF-8',
  checklist: ['file-charset'],
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
          FILE_CHARSET = 'utf-8'
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `FILE_CHARSET` setting is deprecated since Django 2.2 and removed in 3.1: remove it: files are always read as UTF-8' },
        ],
        output: dedent`
`,
      },
      {
        code: dedent`
          FILE_CHARSET = 'latin-1'
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `FILE_CHARSET` setting is deprecated since Django 2.2 and removed in 3.1: convert templates and static files to UTF-8 and remove it' },
        ],
      },
      {
        code: dedent`
          class Base(Configuration):
              DEBUG = False
              FILE_CHARSET = 'utf-8'
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 3, column: 5, message: 'The `FILE_CHARSET` setting is deprecated since Django 2.2 and removed in 3.1: remove it: files are always read as UTF-8' },
        ],
        output: dedent`
          class Base(Configuration):
              DEBUG = False
        `,
      },
    ],
  },
});
