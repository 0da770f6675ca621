import { methodsOf } from '../../engine/python-queries';
import { dedent, methodOverrideRule } from '../shapes';

export default methodOverrideRule({
  id: 'widget-has-changed',
  title: '`Widget._has_changed()` → the field\'s `has_changed()`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds `_has_changed()` defined in subclasses of `Widget` (`forms-field-has-changed-private` finds the fields\' `_has_changed()`).',
    why: 'Django 1.6 moved the detection of changed form data from widgets to fields and still called a widget\'s `_has_changed()` with a warning; Django 1.8 no longer calls it, so `form.changed_data` (and the admin\'s change messages, formsets that skip unchanged forms) ignore the widget\'s logic.',
    fixSafety: 'No fix: the logic moves to a field subclass (`has_changed(self, initial, data)` from Django 1.8), which the forms using the widget must then use.',
  },
  fix: 'none',
  checklist: ['widget-has-changed'],
  truth: { replacements: ['django.forms.fields.Field.has_changed'], note: 'a hook Django calls: 1.6.11 and 1.7.11 BaseForm.changed_data call field.widget._has_changed() with a warning, 1.8.19 does not; Field.has_changed is checked from 1.8' },
  fixMinVersion: '1.8',
  bases: [
    ...['Widget', 'Input', 'TextInput', 'NumberInput', 'EmailInput', 'URLInput', 'PasswordInput', 'HiddenInput', 'MultipleHiddenInput', 'FileInput',
      'ClearableFileInput', 'Textarea', 'DateInput', 'DateTimeInput', 'TimeInput', 'CheckboxInput', 'Select', 'NullBooleanSelect', 'SelectMultiple',
      'RadioSelect', 'CheckboxSelectMultiple', 'MultiWidget', 'SplitDateTimeWidget', 'SplitHiddenDateTimeWidget'].map((name) => `django.forms.widgets.${name}`),
    'django.forms.extras.widgets.SelectDateWidget',
    ...['AdminDateWidget', 'AdminTimeWidget', 'AdminSplitDateTime', 'AdminTextareaWidget', 'AdminTextInputWidget', 'AdminFileWidget', 'ForeignKeyRawIdWidget',
      'ManyToManyRawIdWidget', 'FilteredSelectMultiple'].map((name) => `django.contrib.admin.widgets.${name}`),
  ],
  method: '_has_changed',
  inspect(_context, fn, _parameters, classNode) {
    if (methodsOf(classNode, 'has_changed').length > 0) return null;
    return { node: fn.childForFieldName('name') ?? fn, subject: '`Widget._has_changed()`, overridden here,', advice: 'move the logic to the form field\'s `has_changed()`' };
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          class TagsField(forms.CharField):
              def has_changed(self, initial, data):
                  return sorted(initial or []) != sorted(data or [])
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          class TagsWidget(forms.TextInput):
              def _has_changed(self, initial, data):
                  return sorted(initial or []) != sorted((data or "").split(","))
        `,
        errors: [
          { line: 4, column: 9, message: '`Widget._has_changed()`, overridden here, is deprecated since Django 1.6 and removed in 1.8: move the logic to the form field\'s `has_changed()`' },
        ],
      },
    ],
  },
});
