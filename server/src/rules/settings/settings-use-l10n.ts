import { dedent } from '../shapes';
import { alwaysOnSettingRule } from '../shapes/project-config';

export default alwaysOnSettingRule({
  id: 'settings-use-l10n',
  title: 'Remove the `USE_L10N` setting',
  category: 'settings',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  setting: 'USE_L10N',
  trueAdvice: 'remove it: localized formatting is always on',
  advice: 'remove it and set the format settings (or `FORMAT_MODULE_PATH`) you relied on',
  docs: {
    what: 'Finds `USE_L10N = …` in settings modules, at module level or in a settings class.',
    why: 'Localized formatting is always on from Django 5.0; 4.x warns when the setting is present.',
    fixSafety: '`USE_L10N = True` is the default from 4.0, so removing it is safe there. `USE_L10N = False` changes how numbers and dates render; it has no automatic fix.',
  },
  upstream: { djangoUpgrade: 'use_l10n' },
  checklist: ['use-l10n'],
  fixMinVersion: '4.0',
  examples: {
    valid: [
      {
        code: dedent`
          USE_I18N = True
          USE_TZ = True
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          USE_I18N = True
          USE_L10N = True
          USE_TZ = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `USE_L10N` setting is deprecated since Django 4.0 and removed in 5.0: remove it: localized formatting is always on' },
        ],
        output: dedent`
          USE_I18N = True
          USE_TZ = True
        `,
      },
      {
        code: dedent`
          USE_L10N = False
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `USE_L10N` setting is deprecated since Django 4.0 and removed in 5.0: remove it and set the format settings (or `FORMAT_MODULE_PATH`) you relied on' },
        ],
      },
      {
        code: dedent`
          class Base(Configuration):
              USE_I18N = True
              USE_L10N = True
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 3, column: 5, message: 'The `USE_L10N` setting is deprecated since Django 4.0 and removed in 5.0: remove it: localized formatting is always on' },
        ],
        output: dedent`
          class Base(Configuration):
              USE_I18N = True
        `,
      },
    ],
  },
});
