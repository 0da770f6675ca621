import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'forms-extras-select-date-widget',
  title: '`django.forms.extras.SelectDateWidget` → `django.forms.widgets`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `SelectDateWidget` imported from `django.forms.extras` (django-upgrade: `compatibility_imports`).',
    why: 'Django 1.9 moved it to `django.forms.widgets`; 2.0 removed `django.forms.extras`.',
    fixSafety: 'Safe: the same widget. Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['forms-extras'],
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [
    { old: 'django.forms.extras.SelectDateWidget', replacement: 'django.forms.widgets.SelectDateWidget' },
    { old: 'django.forms.extras.widgets.SelectDateWidget', replacement: 'django.forms.widgets.SelectDateWidget' },
  ],
  examples: {
    valid: [{ code: 'from django.forms.widgets import SelectDateWidget\n' }],
    invalid: [{
      code: 'from django.forms.extras import SelectDateWidget\n\nwidget = SelectDateWidget(years=range(2000, 2030))\n',
      findings: 2,
      output: 'from django.forms.widgets import SelectDateWidget\n\nwidget = SelectDateWidget(years=range(2000, 2030))\n',
    }],
  },
});
