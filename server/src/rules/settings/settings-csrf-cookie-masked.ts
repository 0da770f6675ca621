import { dedent } from '../shapes';
import { isFalse, removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-csrf-cookie-masked',
  title: 'Remove `CSRF_COOKIE_MASKED`',
  category: 'settings',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  setting: 'CSRF_COOKIE_MASKED',
  removable: isFalse,
  docs: {
    what: 'Finds the `CSRF_COOKIE_MASKED` transitional setting in settings modules.',
    why: 'Django 4.1 stopped masking the CSRF cookie; `CSRF_COOKIE_MASKED = True` kept the old format for one cycle, and Django 5.0 removed it.',
    fixSafety: 'Removes `CSRF_COOKIE_MASKED = False`, the default. `True` gets a message: remove it once nothing reads the masked cookie value.',
  },
  advice: 'remove it once nothing (e.g. front-end code) relies on the masked cookie value',
  removableAdvice: 'remove it: `False` is the default',
  checklist: ['csrf-cookie-masked'],
  examples: {
    valid: [
      {
        code: dedent`
          CSRF_COOKIE_SECURE = True
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          CSRF_COOKIE_MASKED = False
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `CSRF_COOKIE_MASKED` setting is deprecated since Django 4.1 and removed in 5.0: remove it: `False` is the default' },
        ],
        output: dedent`
`,
      },
      {
        code: dedent`
          CSRF_COOKIE_MASKED = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `CSRF_COOKIE_MASKED` setting is deprecated since Django 4.1 and removed in 5.0: remove it once nothing (e.g. front-end code) relies on the masked cookie value' },
        ],
      },
      {
        code: dedent`
          CSRF_COOKIE_SECURE = True
          CSRF_COOKIE_MASKED = False
          SESSION_COOKIE_SECURE = True
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `CSRF_COOKIE_MASKED` setting is deprecated since Django 4.1 and removed in 5.0: remove it: `False` is the default' },
        ],
        output: dedent`
          CSRF_COOKIE_SECURE = True
          SESSION_COOKIE_SECURE = True
        `,
      },
    ],
  },
});
