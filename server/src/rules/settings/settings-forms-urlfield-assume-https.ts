import { deleteStatement } from '../../engine/python-edits';
import { settingAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'settings-forms-urlfield-assume-https',
  title: 'Remove the `FORMS_URLFIELD_ASSUME_HTTPS` setting',
  category: 'settings',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds `FORMS_URLFIELD_ASSUME_HTTPS = …` in settings.',
    why: 'It was a transitional setting: Django 6.0 always assumes `https://` for scheme-less URLs in `forms.URLField` and removed it.',
    fixSafety: '`= True` is removed (the 6.0 behaviour), which is safe from 6.0 on. `= False` has no automatic fix: pass `assume_scheme="http"` to the fields that need it.',
  },
  upstream: { djangoUpgrade: 'settings_forms_urlfield_assume_https' },
  fix: 'safe',
  fixMinVersion: '6.0',
  checklist: ['forms-urlfield-assume-https'],
  truth: { removed: ['django.conf.global_settings.FORMS_URLFIELD_ASSUME_HTTPS'] },
  triggers: ['FORMS_URLFIELD_ASSUME_HTTPS'],
  check(context) {
    for (const { statement, left, right } of settingAssignments(context, 'FORMS_URLFIELD_ASSUME_HTTPS')) {
      const isTrue = right?.type === 'true';
      context.report({
        node: left,
        subject: 'The `FORMS_URLFIELD_ASSUME_HTTPS` setting',
        advice: isTrue ? 'remove it: `https` is the default from Django 6.0' : 'remove it and pass `assume_scheme="http"` to the URL fields that need it',
        fix: isTrue ? { title: 'Remove `FORMS_URLFIELD_ASSUME_HTTPS = True`', edits: [deleteStatement(context.text, statement)] } : undefined,
      });
    }
  },
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
