import { releaseNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'forms-forms-compat-imports',
  title: '`pretty_name`/`BoundField` from `django.forms.forms` → `django.forms.utils`/`django.forms.boundfield`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docsUrl: releaseNotes('3.1', 'miscellaneous'),
  docs: {
    what: 'Finds `pretty_name` and `BoundField` imported from `django.forms.forms` (django-upgrade: `compatibility_imports`).',
    why: 'Django 1.9 moved them to `django.forms.utils` and `django.forms.boundfield`; `django.forms.forms` stopped re-exporting them in 3.1.',
    fixSafety: 'Safe: the same objects. Needs Django 1.9+, where the new modules exist.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [
    { old: 'django.forms.forms.pretty_name', replacement: 'django.forms.utils.pretty_name' },
    { old: 'django.forms.forms.BoundField', replacement: 'django.forms.boundfield.BoundField' },
  ],
  examples: {
    valid: [{ code: 'from django.forms.boundfield import BoundField\nfrom django.forms.utils import pretty_name\n' }],
    invalid: [{
      code: 'from django.forms.forms import BoundField, pretty_name\n',
      findings: 2,
      output: 'from django.forms.boundfield import BoundField\nfrom django.forms.utils import pretty_name\n',
    }],
  },
});
