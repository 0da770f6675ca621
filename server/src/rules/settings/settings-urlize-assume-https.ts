import { dedent } from '../shapes';
import { removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-urlize-assume-https',
  title: 'Transitional `URLIZE_ASSUME_HTTPS`',
  category: 'settings',
  deprecatedIn: '6.0',
  removedIn: null,
  setting: 'URLIZE_ASSUME_HTTPS',
  docs: {
    what: 'Finds the `URLIZE_ASSUME_HTTPS` transitional setting in settings modules.',
    why: 'In Django 6.0 `urlize`/`urlizetrunc` still link bare domains with `http://` and warn; `URLIZE_ASSUME_HTTPS = True` opts into the future `https://` default. The setting itself is deprecated and goes away when HTTPS becomes the default.',
    fixSafety: 'No automatic fix: keep `URLIZE_ASSUME_HTTPS = True` until the release that makes HTTPS the default, then remove it.',
  },
  advice: 'set it to `True` during the 6.x releases, and remove it when HTTPS becomes the default',
  checklist: ['urlize-assume-https'],
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
          URLIZE_ASSUME_HTTPS = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `URLIZE_ASSUME_HTTPS` setting is deprecated since Django 6.0: set it to `True` during the 6.x releases, and remove it when HTTPS becomes the default' },
        ],
      },
    ],
  },
});
