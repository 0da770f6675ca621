import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'test-utils-testtemplateloader',
  title: '`django.test.utils.TestTemplateLoader` → `locmem.Loader`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.9',
  docsUrl: deprecationNotes('1.8'),
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
    valid: [{ code: 'from django.template.loaders.locmem import Loader\n' }],
    invalid: [{ code: 'from django.test.utils import TestTemplateLoader\n\nloader = TestTemplateLoader()\n', findings: 2 }],
  },
});
