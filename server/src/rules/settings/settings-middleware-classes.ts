import { deleteSettingEdits } from '../../engine/python-edits';
import { moduleAssignments, stringValue, elementsOf, identifiersNamed, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'settings-middleware-classes',
  title: '`MIDDLEWARE_CLASSES` → `MIDDLEWARE`',
  category: 'settings',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds the `MIDDLEWARE_CLASSES` setting in settings modules.',
    why: 'Django 1.10 introduced new-style middleware and the `MIDDLEWARE` setting; Django 2.0 ignores `MIDDLEWARE_CLASSES`, so the site silently runs without its middleware.',
    fixSafety: 'Renames the setting. Every listed middleware must be new-style (Django\'s own are since 1.10; the message names the custom and third-party ones to check, and the `old-style-middleware` rule finds old-style classes in the project), so the fix is a quick fix only, not part of fix-all. When `MIDDLEWARE` is already set, Django ignores `MIDDLEWARE_CLASSES` and the fix removes it. Needs Django 1.10+.',
  },
  fix: 'unsafe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  checklist: ['middleware-classes'],
  truth: { removed: ['django.conf.global_settings.MIDDLEWARE_CLASSES'], replacements: ['django.conf.global_settings.MIDDLEWARE'] },
  fixMinVersion: '1.10',
  triggers: ['MIDDLEWARE_CLASSES'],
  check(context) {
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
    valid: [
      {
        code: dedent`
          MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
        `,
        filename: 'mysite/settings.py',
      },
      {
        code: dedent`
          MIDDLEWARE_CLASSES = ()
        `,
        filename: 'mysite/views.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          MIDDLEWARE_CLASSES = (
              "django.middleware.common.CommonMiddleware",
          )
          if DEBUG:
              MIDDLEWARE_CLASSES += ("debug_toolbar.middleware.DebugToolbarMiddleware",)
        `,
        filename: 'mysite/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `MIDDLEWARE_CLASSES` setting is deprecated since Django 1.10 and removed in 2.0: use `MIDDLEWARE` with new-style middleware' },
          { line: 5, column: 5, message: 'The `MIDDLEWARE_CLASSES` setting is deprecated since Django 1.10 and removed in 2.0: use `MIDDLEWARE` with new-style middleware (check that `debug_toolbar.middleware.DebugToolbarMiddleware` is new-style)' },
        ],
        output: dedent`
          MIDDLEWARE = (
              "django.middleware.common.CommonMiddleware",
          )
          if DEBUG:
              MIDDLEWARE += ("debug_toolbar.middleware.DebugToolbarMiddleware",)
        `,
      },
      {
        code: dedent`
          MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
          MIDDLEWARE_CLASSES = ["django.middleware.common.CommonMiddleware"]
        `,
        filename: 'mysite/settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `MIDDLEWARE_CLASSES` setting is deprecated since Django 1.10 and removed in 2.0: remove it: `MIDDLEWARE` is set, and Django ignores `MIDDLEWARE_CLASSES` then' },
        ],
        output: dedent`
          MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
        `,
      },
    ],
  },
});
