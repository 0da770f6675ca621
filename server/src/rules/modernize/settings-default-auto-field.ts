import { deleteStatement } from '../../engine/python-edits';
import { releaseNotes } from '../docs-links';
import { stringValue, settingAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'settings-default-auto-field',
  title: 'Drop `DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  onlyIn: ['settings'],
  docsUrl: releaseNotes('6.0', 'default-auto-field-setting-now-defaults-to-bigautofield'),
  docs: {
    what: 'Finds `DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"` in settings.',
    why: 'Django 6.0 made `BigAutoField` the default, so the setting only repeats it.',
    fixSafety: 'Safe from Django 6.0, where the default is the same; before 6.0 removing it would switch new models to `AutoField`, so the fix needs 6.0.',
  },
  upstream: { djangoUpgrade: 'default_auto_field' },
  fix: 'safe',
  fixMinVersion: '6.0',
  truth: { replacements: ['django.conf.global_settings.DEFAULT_AUTO_FIELD'], note: 'the default value changed in 6.0, not a name' },
  triggers: ['DEFAULT_AUTO_FIELD'],
  check(context) {
    for (const { statement, left, right } of settingAssignments(context, 'DEFAULT_AUTO_FIELD')) {
      if (stringValue(right) !== 'django.db.models.BigAutoField') continue;
      context.report({
        node: left,
        subject: '`DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"`',
        advice: 'remove it: it is the default from Django 6.0',
        fix: { title: 'Remove the setting', edits: [deleteStatement(context.text, statement)] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          USE_TZ = True
          DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: '`DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"`: remove it: it is the default from Django 6.0' },
        ],
        output: dedent`
          USE_TZ = True
        `,
      },
      {
        code: dedent`
          import os

          DEBUG = os.environ.get("DEBUG") == "1"
          DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'
        `,
        filename: 'settings.py',
        errors: [
          { line: 4, column: 1, message: '`DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"`: remove it: it is the default from Django 6.0' },
        ],
        output: dedent`
          import os

          DEBUG = os.environ.get("DEBUG") == "1"
        `,
      },
    ],
  },
});
