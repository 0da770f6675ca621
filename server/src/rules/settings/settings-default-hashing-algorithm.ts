import { dedent } from '../shapes';
import { isString, removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-default-hashing-algorithm',
  title: 'Remove `DEFAULT_HASHING_ALGORITHM`',
  category: 'settings',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  setting: 'DEFAULT_HASHING_ALGORITHM',
  removable: isString('sha256'),
  docs: {
    what: 'Finds the `DEFAULT_HASHING_ALGORITHM` transitional setting in settings modules.',
    why: 'It let sites running several Django versions keep SHA-1 signatures during the upgrade to 3.1; Django 4.0 always uses SHA-256 and removed the setting.',
    fixSafety: 'Removes `DEFAULT_HASHING_ALGORITHM = "sha256"`, the default. `"sha1"` gets a message: remove it once every instance runs Django 3.1 or later.',
  },
  advice: 'remove it once every instance of the site runs Django 3.1+ (SHA-1 signatures stop validating in 4.0)',
  removableAdvice: 'remove it: `"sha256"` is the default',
  checklist: ['default-hashing-algorithm'],
  examples: {
    valid: [
      {
        code: dedent`
          SECRET_KEY = "x"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DEFAULT_HASHING_ALGORITHM = "sha256"
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `DEFAULT_HASHING_ALGORITHM` setting is deprecated since Django 3.1 and removed in 4.0: remove it: `"sha256"` is the default' },
        ],
        output: dedent`
`,
      },
      {
        code: dedent`
          DEFAULT_HASHING_ALGORITHM = "sha1"
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `DEFAULT_HASHING_ALGORITHM` setting is deprecated since Django 3.1 and removed in 4.0: remove it once every instance of the site runs Django 3.1+ (SHA-1 signatures stop validating in 4.0)' },
        ],
      },
      {
        code: dedent`
          SECRET_KEY = "change-me"
          DEFAULT_HASHING_ALGORITHM = 'sha256'
          SESSION_COOKIE_AGE = 1209600
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `DEFAULT_HASHING_ALGORITHM` setting is deprecated since Django 3.1 and removed in 4.0: remove it: `"sha256"` is the default' },
        ],
        output: dedent`
          SECRET_KEY = "change-me"
          SESSION_COOKIE_AGE = 1209600
        `,
      },
    ],
  },
});
