import type { PythonRuleContext } from '../../../engine/lint';
import { deleteStatement } from '../../../engine/python-edits';
import { deprecationNotes } from '../../docs-links';
import { settingAssignments } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'settings-forms-urlfield-assume-https',
  title: 'Remove the `FORMS_URLFIELD_ASSUME_HTTPS` setting',
  category: 'settings',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('5.0'),
  docs: {
    what: 'Finds `FORMS_URLFIELD_ASSUME_HTTPS = …` in settings (django-upgrade: `settings_forms_urlfield_assume_https`).',
    why: 'It was a transitional setting: Django 6.0 always assumes `https://` for scheme-less URLs in `forms.URLField` and removed it.',
    fixSafety: '`= True` is removed (the 6.0 behaviour), which is safe from 6.0 on. `= False` has no automatic fix: pass `assume_scheme="http"` to the fields that need it.',
  },
  fix: 'safe',
  fixMinVersion: '6.0',
  checklist: ['forms-urlfield-assume-https'],
  truth: { removed: ['django.conf.global_settings.FORMS_URLFIELD_ASSUME_HTTPS'] },
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'USE_TZ = True\n', filename: 'settings.py' }],
    invalid: [
      { code: 'USE_TZ = True\nFORMS_URLFIELD_ASSUME_HTTPS = True\n', filename: 'settings.py', findings: 1, output: 'USE_TZ = True\n' },
      { code: 'FORMS_URLFIELD_ASSUME_HTTPS = False\n', filename: 'settings.py', findings: 1 },
    ],
  },
};
export default rule;
