import { dedent } from '../shapes';
import { isFalse, removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-use-etags',
  title: '`USE_ETAGS` → `ConditionalGetMiddleware`',
  category: 'settings',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  setting: 'USE_ETAGS',
  removable: isFalse,
  docs: {
    what: 'Finds the `USE_ETAGS` setting in settings modules.',
    why: 'Django 1.11 moved ETag generation to `ConditionalGetMiddleware`; from 2.1 `USE_ETAGS = True` does nothing, so responses lose their ETags.',
    fixSafety: 'Removes `USE_ETAGS = False`, the default. `USE_ETAGS = True` gets a message: add `django.middleware.http.ConditionalGetMiddleware` to the middleware instead.',
  },
  advice: 'add `django.middleware.http.ConditionalGetMiddleware` to `MIDDLEWARE` and remove it',
  removableAdvice: 'remove it: `False` is the default',
  checklist: ['use-etags'],
  truth: { removed: ['django.conf.global_settings.USE_ETAGS'], replacements: ['django.middleware.http.ConditionalGetMiddleware'] },
  examples: {
    valid: [
      {
        code: dedent`
          MIDDLEWARE = ["django.middleware.http.ConditionalGetMiddleware"]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DEBUG = False
          USE_ETAGS = False
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `USE_ETAGS` setting is deprecated since Django 1.11 and removed in 2.1: remove it: `False` is the default' },
        ],
        output: dedent`
          DEBUG = False
        `,
      },
      {
        code: dedent`
          USE_ETAGS = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `USE_ETAGS` setting is deprecated since Django 1.11 and removed in 2.1: add `django.middleware.http.ConditionalGetMiddleware` to `MIDDLEWARE` and remove it' },
        ],
      },
      {
        code: dedent`
          MIDDLEWARE = [
              "django.middleware.common.CommonMiddleware",
          ]

          USE_ETAGS = False
          USE_TZ = True
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 5, column: 1, message: 'The `USE_ETAGS` setting is deprecated since Django 1.11 and removed in 2.1: remove it: `False` is the default' },
        ],
        output: dedent`
          MIDDLEWARE = [
              "django.middleware.common.CommonMiddleware",
          ]

          USE_TZ = True
        `,
      },
    ],
  },
});
