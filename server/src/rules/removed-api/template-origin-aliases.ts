import { dedent, movedNamesRule } from '../shapes';

const advice = 'use `django.template.base.Origin` (its constructor takes `name`, `template_name` and `loader`)';

export default movedNamesRule({
  triggersInCode: true,
  id: 'template-origin-aliases',
  title: '`LoaderOrigin` and `StringOrigin` → `django.template.base.Origin`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `django.template.loader.LoaderOrigin` and `StringOrigin` (from `django.template` or `django.template.base`).',
    why: 'Django 1.9 reworked template origins into the single `Origin` class; the old subclasses were deprecated and removed in Django 2.0.',
    fixSafety: 'No fix: `Origin` takes different constructor arguments; `isinstance()` checks can simply use `Origin`.',
  },
  fix: 'none',
  checklist: ['loader-loaderorigin', 'template-stringorigin'],
  names: [
    { old: 'django.template.loader.LoaderOrigin', subject: '`LoaderOrigin`', advice },
    { old: 'django.template.base.StringOrigin', subject: '`StringOrigin`', advice },
    { old: 'django.template.StringOrigin', subject: '`StringOrigin`', advice },
  ],
  truth: {
    removed: ['django.template.loader.LoaderOrigin', 'django.template.base.StringOrigin', 'django.template.StringOrigin'],
    replacements: ['django.template.base.Origin'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.template.base import Origin
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template import StringOrigin
          from django.template.loader import LoaderOrigin

          if isinstance(origin, (LoaderOrigin, StringOrigin)):
              pass
        `,
        errors: [
          { line: 1, column: 29, message: '`StringOrigin` is deprecated since Django 1.9 and removed in 2.0: use `django.template.base.Origin` (its constructor takes `name`, `template_name` and `loader`)' },
          { line: 2, column: 36, message: '`LoaderOrigin` is deprecated since Django 1.9 and removed in 2.0: use `django.template.base.Origin` (its constructor takes `name`, `template_name` and `loader`)' },
          { line: 4, column: 24, message: '`LoaderOrigin` is deprecated since Django 1.9 and removed in 2.0: use `django.template.base.Origin` (its constructor takes `name`, `template_name` and `loader`)' },
          { line: 4, column: 38, message: '`StringOrigin` is deprecated since Django 1.9 and removed in 2.0: use `django.template.base.Origin` (its constructor takes `name`, `template_name` and `loader`)' },
        ],
      },
    ],
  },
});
