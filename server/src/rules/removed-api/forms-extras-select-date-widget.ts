import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'forms-extras-select-date-widget',
  title: '`django.forms.extras.SelectDateWidget` → `django.forms.widgets`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `SelectDateWidget` imported from `django.forms.extras`.',
    why: 'Django 1.9 moved it to `django.forms.widgets`; 2.0 removed `django.forms.extras`.',
    fixSafety: 'Safe: the same widget. Needs Django 1.9+.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['forms-extras'],
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [
    { old: 'django.forms.extras.SelectDateWidget', replacement: 'django.forms.widgets.SelectDateWidget' },
    { old: 'django.forms.extras.widgets.SelectDateWidget', replacement: 'django.forms.widgets.SelectDateWidget' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.forms.widgets import SelectDateWidget
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.forms.extras import SelectDateWidget

          widget = SelectDateWidget(years=range(2000, 2030))
        `,
        errors: [
          { line: 1, column: 33, message: '`django.forms.extras.SelectDateWidget` is deprecated since Django 1.9 and removed in 2.0: use `django.forms.widgets.SelectDateWidget`' },
          { line: 3, column: 10, message: '`django.forms.extras.SelectDateWidget` is deprecated since Django 1.9 and removed in 2.0: use `django.forms.widgets.SelectDateWidget`' },
        ],
        output: dedent`
          from django.forms.widgets import SelectDateWidget

          widget = SelectDateWidget(years=range(2000, 2030))
        `,
      },
      {
        code: dedent`
          from django import forms
          from django.forms.extras import SelectDateWidget


          class BirthdayForm(forms.Form):
              born = forms.DateField(widget=SelectDateWidget(years=range(1950, 2010)))
        `,
        errors: [
          { line: 2, column: 33, message: '`django.forms.extras.SelectDateWidget` is deprecated since Django 1.9 and removed in 2.0: use `django.forms.widgets.SelectDateWidget`' },
          { line: 6, column: 35, message: '`django.forms.extras.SelectDateWidget` is deprecated since Django 1.9 and removed in 2.0: use `django.forms.widgets.SelectDateWidget`' },
        ],
        output: dedent`
          from django import forms
          from django.forms.widgets import SelectDateWidget


          class BirthdayForm(forms.Form):
              born = forms.DateField(widget=SelectDateWidget(years=range(1950, 2010)))
        `,
      },
    ],
  },
});
