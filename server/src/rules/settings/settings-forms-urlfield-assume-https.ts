import { dedent } from '../shapes';
import { alwaysOnSettingRule } from '../shapes/project-config';

export default alwaysOnSettingRule({
  id: 'settings-forms-urlfield-assume-https',
  title: 'Remove the `FORMS_URLFIELD_ASSUME_HTTPS` setting',
  category: 'settings',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  setting: 'FORMS_URLFIELD_ASSUME_HTTPS',
  trueAdvice: 'remove it: `https` is the default from Django 6.0',
  advice: 'remove it and pass `assume_scheme="http"` to the URL fields that need it',
  docs: {
    what: 'Finds `FORMS_URLFIELD_ASSUME_HTTPS = …` in settings.',
    why: 'It was a transitional setting: Django 6.0 always assumes `https://` for scheme-less URLs in `forms.URLField` and removed it.',
    fixSafety: '`= True` is removed (the 6.0 behaviour), which is safe from 6.0 on. `= False` has no automatic fix: pass `assume_scheme="http"` to the fields that need it.',
  },
  upstream: { djangoUpgrade: 'settings_forms_urlfield_assume_https' },
  fixMinVersion: '6.0',
  checklist: ['forms-urlfield-assume-https'],
  examples: {
    valid: [
      {
        code: dedent`
          USE_TZ = True
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          USE_TZ = True
          FORMS_URLFIELD_ASSUME_HTTPS = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `FORMS_URLFIELD_ASSUME_HTTPS` setting is deprecated since Django 5.0 and removed in 6.0: remove it: `https` is the default from Django 6.0' },
        ],
        output: dedent`
          USE_TZ = True
        `,
      },
      {
        code: dedent`
          FORMS_URLFIELD_ASSUME_HTTPS = False
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `FORMS_URLFIELD_ASSUME_HTTPS` setting is deprecated since Django 5.0 and removed in 6.0: remove it and pass `assume_scheme="http"` to the URL fields that need it' },
        ],
      },
      {
        code: dedent`
          SECRET_KEY = "change-me"
          FORMS_URLFIELD_ASSUME_HTTPS = True

          ALLOWED_HOSTS = ["example.com"]
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `FORMS_URLFIELD_ASSUME_HTTPS` setting is deprecated since Django 5.0 and removed in 6.0: remove it: `https` is the default from Django 6.0' },
        ],
        output: dedent`
          SECRET_KEY = "change-me"

          ALLOWED_HOSTS = ["example.com"]
        `,
      },
    ],
  },
});
