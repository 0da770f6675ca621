import type { PythonRuleContext } from '../../../engine/lint';
import { deleteStatement } from '../../../engine/python-edits';
import { releaseNotes } from '../../docs-links';
import { stringValue, settingAssignments } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'settings-default-auto-field',
  title: 'Drop `DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: releaseNotes('6.0', 'default-auto-field-setting-now-defaults-to-bigautofield'),
  docs: {
    what: 'Finds `DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"` in settings (django-upgrade: `default_auto_field`).',
    why: 'Django 6.0 made `BigAutoField` the default, so the setting only repeats it.',
    fixSafety: 'Safe from Django 6.0, where the default is the same; before 6.0 removing it would switch new models to `AutoField`, so the fix needs 6.0.',
  },
  fix: 'safe',
  fixMinVersion: '6.0',
  truth: { replacements: ['django.conf.global_settings.DEFAULT_AUTO_FIELD'], note: 'the default value changed in 6.0, not a name' },
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'DEFAULT_AUTO_FIELD = "django.db.models.AutoField"\n', filename: 'settings.py' }],
    invalid: [{
      code: 'USE_TZ = True\nDEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"\n',
      filename: 'settings.py',
      findings: 1,
      output: 'USE_TZ = True\n',
    }],
  },
};
export default rule;
