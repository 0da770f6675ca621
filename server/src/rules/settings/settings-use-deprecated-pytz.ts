import { dedent } from '../shapes';
import { isFalse, removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-use-deprecated-pytz',
  title: 'Remove `USE_DEPRECATED_PYTZ`',
  category: 'settings',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  setting: 'USE_DEPRECATED_PYTZ',
  removable: isFalse,
  docs: {
    what: 'Finds the `USE_DEPRECATED_PYTZ` transitional setting in settings modules.',
    why: 'Django 4.0 switched to `zoneinfo`; `USE_DEPRECATED_PYTZ = True` kept `pytz` time zones for one more cycle, and Django 5.0 removed it.',
    fixSafety: 'Removes `USE_DEPRECATED_PYTZ = False`, the default. `True` gets a message: move the code that relies on `pytz` time zones (`localize()`, `normalize()`, `is_dst`) to `zoneinfo` first.',
  },
  advice: 'move the code that relies on `pytz` time zones to `zoneinfo` and remove it',
  removableAdvice: 'remove it: `False` is the default',
  checklist: ['use-deprecated-pytz'],
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
          USE_DEPRECATED_PYTZ = False
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `USE_DEPRECATED_PYTZ` setting is deprecated since Django 4.0 and removed in 5.0: remove it: `False` is the default' },
        ],
        output: dedent`
          USE_TZ = True
        `,
      },
      {
        code: dedent`
          USE_DEPRECATED_PYTZ = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `USE_DEPRECATED_PYTZ` setting is deprecated since Django 4.0 and removed in 5.0: move the code that relies on `pytz` time zones to `zoneinfo` and remove it' },
        ],
      },
      {
        code: dedent`
          TIME_ZONE = "Europe/Paris"
          USE_TZ = True
          USE_DEPRECATED_PYTZ = False
        `,
        filename: 'project/settings.py',
        errors: [
          { line: 3, column: 1, message: 'The `USE_DEPRECATED_PYTZ` setting is deprecated since Django 4.0 and removed in 5.0: remove it: `False` is the default' },
        ],
        output: dedent`
          TIME_ZONE = "Europe/Paris"
          USE_TZ = True
        `,
      },
    ],
  },
});
