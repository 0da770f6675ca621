import { dedent } from '../shapes';
import { removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-allowed-include-roots',
  title: 'Remove `ALLOWED_INCLUDE_ROOTS`',
  category: 'settings',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  setting: 'ALLOWED_INCLUDE_ROOTS',
  docs: {
    what: 'Finds the `ALLOWED_INCLUDE_ROOTS` setting in settings modules.',
    why: 'It limited the files `{% ssi %}` could include; Django 1.10 removed both the tag and the setting.',
    fixSafety: 'No automatic fix: the `{% ssi %}` tags that rely on it must become `{% include %}` first (the `template-ssi-tag` rule finds them).',
  },
  advice: 'replace the `{% ssi %}` tags it allows with `{% include %}` and remove it',
  checklist: ['setting-allowed-include-roots'],
  examples: {
    valid: [
      {
        code: dedent`
          ALLOWED_HOSTS = ["example.com"]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          ALLOWED_INCLUDE_ROOTS = ("/var/www/includes/",)
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `ALLOWED_INCLUDE_ROOTS` setting is deprecated since Django 1.8 and removed in 1.10: replace the `{% ssi %}` tags it allows with `{% include %}` and remove it' },
        ],
      },
    ],
  },
});
