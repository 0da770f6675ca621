import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'test-utils-testtemplateloader',
  title: '`django.test.utils.TestTemplateLoader` → `locmem.Loader`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of the private `django.test.utils.TestTemplateLoader`.',
    why: 'Django 1.8 deprecated it in favour of `django.template.loaders.locmem.Loader`; Django 1.9 removed it.',
    fixSafety: 'No fix: the locmem loader is configured differently (a dict of templates in the `loaders` option of `TEMPLATES`, or `override_settings`).',
  },
  fix: 'none',
  checklist: ['test-utils-testtemplateloader'],
  names: [
    {
      old: 'django.test.utils.TestTemplateLoader',
      subject: '`django.test.utils.TestTemplateLoader`',
      advice: 'configure `django.template.loaders.locmem.Loader` with a dict of templates instead',
    },
  ],
  truth: { removed: ['django.test.utils.TestTemplateLoader'], replacements: ['django.template.loaders.locmem.Loader'] },
  examples: {
    valid: [
      {
        code: dedent`
          from django.template.loaders.locmem import Loader
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.test.utils import TestTemplateLoader

          loader = TestTemplateLoader()
        `,
        errors: [
          { line: 1, column: 31, message: '`django.test.utils.TestTemplateLoader` is deprecated since Django 1.8 and removed in 1.9: configure `django.template.loaders.locmem.Loader` with a dict of templates instead' },
          { line: 3, column: 10, message: '`django.test.utils.TestTemplateLoader` is deprecated since Django 1.8 and removed in 1.9: configure `django.template.loaders.locmem.Loader` with a dict of templates instead' },
        ],
      },
    ],
  },
});
