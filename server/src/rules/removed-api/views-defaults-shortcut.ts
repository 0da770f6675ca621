import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'views-defaults-shortcut',
  title: '`django.views.defaults.shortcut` → `django.contrib.contenttypes.views.shortcut`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports and uses of `django.views.defaults.shortcut`.',
    why: 'Django 1.6 deprecated the alias of the content types view; Django 1.8 removed it.',
    fixSafety: 'Safe: the alias pointed at this view.',
  },
  fix: 'safe',
  fixMinVersion: '1.6',
  checklist: ['views-defaults-shortcut'],
  names: [
    { old: 'django.views.defaults.shortcut', replacement: 'django.contrib.contenttypes.views.shortcut' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.contenttypes.views import shortcut
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.views.defaults import shortcut

          view = shortcut
        `,
        errors: [
          { line: 1, column: 35, message: '`django.views.defaults.shortcut` is deprecated since Django 1.6 and removed in 1.8: use `django.contrib.contenttypes.views.shortcut`' },
          { line: 3, column: 8, message: '`django.views.defaults.shortcut` is deprecated since Django 1.6 and removed in 1.8: use `django.contrib.contenttypes.views.shortcut`' },
        ],
        output: dedent`
          from django.contrib.contenttypes.views import shortcut

          view = shortcut
        `,
      },
      {
        code: dedent`
          from django.views.defaults import page_not_found, shortcut
        `,
        errors: [
          { line: 1, column: 51, message: '`django.views.defaults.shortcut` is deprecated since Django 1.6 and removed in 1.8: use `django.contrib.contenttypes.views.shortcut`' },
        ],
        output: dedent`
          from django.views.defaults import page_not_found
          from django.contrib.contenttypes.views import shortcut
        `,
      },
    ],
  },
});
