import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

const advice = 'use `django.template.base.Origin` (its constructor takes `name`, `template_name` and `loader`)';

export default movedNamesRule({
  id: 'template-origin-aliases',
  title: '`LoaderOrigin` and `StringOrigin` → `django.template.base.Origin`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
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
    valid: [{ code: 'from django.template.base import Origin\n' }],
    invalid: [{ code: 'from django.template import StringOrigin\nfrom django.template.loader import LoaderOrigin\n\nif isinstance(origin, (LoaderOrigin, StringOrigin)):\n    pass\n', findings: 4 }],
  },
});
