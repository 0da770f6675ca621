import type { PythonRuleContext } from '../../engine/lint';
import { deleteStatement } from '../../engine/python-edits';
import { deprecationNotes } from '../docs-links';
import { moduleAssignments, stringValue } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const rule: PythonRule = {
  id: 'apps-default-app-config',
  title: 'Remove `default_app_config`',
  category: 'removed-api',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  languages: ['python'],
  onlyIn: ['init'],
  docsUrl: deprecationNotes('3.2'),
  docs: {
    what: 'Finds `default_app_config = "…"` in a package\'s `__init__.py` (django-upgrade: `default_app_config`).',
    why: 'Django 3.2 finds the `AppConfig` in `apps.py` by itself; 4.1 ignores the variable.',
    fixSafety: 'Safe when `apps.py` has one `AppConfig` subclass (or marks one `default = True`), which 3.2+ then uses. Needs Django 3.2+.',
  },
  fix: 'safe',
  checklist: ['default-app-config'],
  truth: { replacements: ['django.apps.config.APPS_MODULE_NAME'], note: 'default_app_config is a variable of the user\'s package; the claim checks that 3.2+ looks for AppConfig classes in apps.py (APPS_MODULE_NAME)' },
  fixMinVersion: '3.2',
  check(context: PythonRuleContext) {
    for (const { statement, left, right } of moduleAssignments(context, 'default_app_config')) {
      context.report({
        node: left,
        subject: '`default_app_config`',
        advice: 'remove it; Django finds the `AppConfig` in `apps.py`',
        // Like django-upgrade's `default_app_config`: only a plain string is removed.
        fix: stringValue(right) !== null ? { title: 'Remove `default_app_config`', edits: [deleteStatement(context.text, statement)] } : undefined,
      });
    }
  },
  examples: {
    valid: [{ code: 'default_app_config = "blog.apps.BlogConfig"\n', filename: 'blog/apps.py' }],
    invalid: [{ code: '"""The blog app."""\ndefault_app_config = "blog.apps.BlogConfig"\n', filename: 'blog/__init__.py', findings: 1, output: '"""The blog app."""\n' }],
  },
};
export default rule;
