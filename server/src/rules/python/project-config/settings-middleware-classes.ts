import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import type { PythonRule } from './rule-factories';
import { moduleAssignments } from './python-queries';

const rule: PythonRule = {
  id: 'settings-middleware-classes',
  title: '`MIDDLEWARE_CLASSES` → `MIDDLEWARE`',
  category: 'settings',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds the `MIDDLEWARE_CLASSES` setting in settings modules.',
    why: 'Django 1.10 introduced new-style middleware and the `MIDDLEWARE` setting; Django 2.0 ignores `MIDDLEWARE_CLASSES`, so the site silently runs without its middleware.',
    fixSafety: 'Renames the setting. Every listed middleware must be new-style (Django\'s own are since 1.10; check custom and third-party ones), so the fix is a quick fix only, not part of fix-all. Needs Django 1.10+.',
  },
  fix: 'unsafe',
  checklist: ['middleware-classes'],
  truth: { removed: ['django.conf.global_settings.MIDDLEWARE_CLASSES'], replacements: ['django.conf.global_settings.MIDDLEWARE'] },
  fixMinVersion: '1.10',
  check(context: PythonRuleContext) {
    const assignments = moduleAssignments(context, 'MIDDLEWARE_CLASSES');
    if (assignments.length === 0) return;
    const conflict = moduleAssignments(context, 'MIDDLEWARE').length > 0;
    const uses = context.tree.rootNode
      .descendantsOfType('identifier')
      .filter((n) => n !== null && n.text === 'MIDDLEWARE_CLASSES' && !(n.parent?.type === 'attribute' && n.parent.childForFieldName('attribute')?.startIndex === n.startIndex));
    const fix = conflict
      ? undefined
      : { title: 'Rename to `MIDDLEWARE`', edits: uses.map((n) => ({ start: n!.startIndex, end: n!.endIndex, text: 'MIDDLEWARE' })) };
    for (const { left } of assignments) {
      context.report({
        node: left,
        subject: 'The `MIDDLEWARE_CLASSES` setting',
        advice: 'use `MIDDLEWARE` with new-style middleware',
        fix,
      });
    }
  },
  examples: {
    valid: [{ code: 'MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]\n', filename: 'mysite/settings.py' }, { code: 'MIDDLEWARE_CLASSES = ()\n', filename: 'mysite/views.py' }],
    invalid: [{
      code: 'MIDDLEWARE_CLASSES = (\n    "django.middleware.common.CommonMiddleware",\n)\nif DEBUG:\n    MIDDLEWARE_CLASSES += ("debug_toolbar.middleware.DebugToolbarMiddleware",)\n',
      filename: 'mysite/settings.py',
      findings: 2,
      output: 'MIDDLEWARE = (\n    "django.middleware.common.CommonMiddleware",\n)\nif DEBUG:\n    MIDDLEWARE += ("debug_toolbar.middleware.DebugToolbarMiddleware",)\n',
    }],
  },
};
export default rule;
