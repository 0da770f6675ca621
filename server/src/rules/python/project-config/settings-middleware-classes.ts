import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { deleteSettingEdits } from '../../../engine/python-edits';
import { moduleAssignments, stringValue, elementsOf, identifiersNamed, unparenthesized } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

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
    fixSafety: 'Renames the setting. Every listed middleware must be new-style (Django\'s own are since 1.10; the message names the custom and third-party ones to check, and the `old-style-middleware` rule finds old-style classes in the project), so the fix is a quick fix only, not part of fix-all. When `MIDDLEWARE` is already set, Django ignores `MIDDLEWARE_CLASSES` and the fix removes it. Needs Django 1.10+.',
  },
  fix: 'unsafe',
  checklist: ['middleware-classes'],
  truth: { removed: ['django.conf.global_settings.MIDDLEWARE_CLASSES'], replacements: ['django.conf.global_settings.MIDDLEWARE'] },
  fixMinVersion: '1.10',
  check(context: PythonRuleContext) {
    const assignments = moduleAssignments(context, 'MIDDLEWARE_CLASSES');
    if (assignments.length === 0) return;
    if (moduleAssignments(context, 'MIDDLEWARE').length > 0) {
      // Django 1.10+ ignores MIDDLEWARE_CLASSES once MIDDLEWARE is set: the old list is dead.
      const edits = deleteSettingEdits(context, 'MIDDLEWARE_CLASSES', assignments);
      for (const { left } of assignments) {
        context.report({
          node: left,
          subject: 'The `MIDDLEWARE_CLASSES` setting',
          advice: 'remove it: `MIDDLEWARE` is set, and Django ignores `MIDDLEWARE_CLASSES` then',
          fix: edits ? { title: 'Remove `MIDDLEWARE_CLASSES`', edits } : undefined,
        });
      }
      return;
    }
    const uses = identifiersNamed(context, 'MIDDLEWARE_CLASSES');
    const fix = { title: 'Rename to `MIDDLEWARE`', edits: uses.map((n) => ({ start: n.startIndex, end: n.endIndex, text: 'MIDDLEWARE' })) };
    for (const { left, right } of assignments) {
      // Django's own middleware is new-style since 1.10; the others are what needs checking.
      const value = unparenthesized(right);
      const others = value && (value.type === 'list' || value.type === 'tuple')
        ? elementsOf(value).map((e) => stringValue(e)).filter((path): path is string => path !== null && !path.startsWith('django.'))
        : [];
      const check = others.length > 0 ? ` (check that ${others.map((p) => `\`${p}\``).join(', ')} ${others.length > 1 ? 'are' : 'is'} new-style)` : '';
      context.report({
        node: left,
        subject: 'The `MIDDLEWARE_CLASSES` setting',
        advice: `use \`MIDDLEWARE\` with new-style middleware${check}`,
        fix,
      });
    }
  },
  examples: {
    valid: [{ code: 'MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]\n', filename: 'mysite/settings.py' }, { code: 'MIDDLEWARE_CLASSES = ()\n', filename: 'mysite/views.py' }],
    invalid: [
      {
        code: 'MIDDLEWARE_CLASSES = (\n    "django.middleware.common.CommonMiddleware",\n)\nif DEBUG:\n    MIDDLEWARE_CLASSES += ("debug_toolbar.middleware.DebugToolbarMiddleware",)\n',
        filename: 'mysite/settings.py',
        findings: 2,
        output: 'MIDDLEWARE = (\n    "django.middleware.common.CommonMiddleware",\n)\nif DEBUG:\n    MIDDLEWARE += ("debug_toolbar.middleware.DebugToolbarMiddleware",)\n',
      },
      {
        code: 'MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]\nMIDDLEWARE_CLASSES = ["django.middleware.common.CommonMiddleware"]\n',
        filename: 'mysite/settings.py',
        findings: 1,
        output: 'MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]\n',
      },
    ],
  },
};
export default rule;
