import { receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'forms-widget-format-value-private',
  title: '`Widget._format_value()` → `format_value()`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `_format_value()` overridden in subclasses of Django form widgets, or called on `self`/`super()` there, on a widget the file creates, or on `….widget`.',
    why: 'Django 1.10 made the method public as `format_value()`; the old name was an alias until Django 2.0 removed it, so an override stops being called.',
    fixSafety:
      'Quick fix only: renames the method. `Widget.format_value()` also turns `""` and `None` into `None` (so the input renders without a value), which an override ' +
      'renamed from `_format_value()` now replaces. Needs Django 1.10+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.10',
  checklist: ['widget-format-value-private'],
  classes: [/^django\.(contrib\.[\w.]+\.)?forms\.([\w.]+\.)?\w*(Widget|Input|Select|Textarea|SelectMultiple)$/],
  receiver: receiverNamed('widget'),
  methods: [{ name: '_format_value', rename: 'format_value', subject: '`Widget._format_value()`', advice: 'use `format_value()`' }],
  truth: {
    replacements: ['django.forms.widgets.Input.format_value', 'django.forms.widgets.DateTimeBaseInput.format_value'],
    note: 'in 1.10 and 1.11 `_format_value` is an alias made at run time by the RenameWidgetMethods metaclass, which the static check cannot see',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          class Money(forms.TextInput):
              def format_value(self, value):
                  return "%.2f" % value
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          class Money(forms.TextInput):
              def _format_value(self, value):
                  return "%.2f" % value
        `,
        errors: [
          { line: 4, column: 9, message: '`Widget._format_value()`, overridden here, is deprecated since Django 1.10 and removed in 2.0: use `format_value()`' },
        ],
        output: dedent`
          from django import forms

          class Money(forms.TextInput):
              def format_value(self, value):
                  return "%.2f" % value
        `,
      },
      {
        code: dedent`
          from django.forms import widgets


          class PercentInput(widgets.NumberInput):
              def _format_value(self, value):
                  if value is None:
                      return None
                  return super()._format_value(value * 100)
        `,
        errors: [
          { line: 5, column: 9, message: '`Widget._format_value()`, overridden here, is deprecated since Django 1.10 and removed in 2.0: use `format_value()`' },
          { line: 8, column: 16, message: '`Widget._format_value()` is deprecated since Django 1.10 and removed in 2.0: use `format_value()`' },
        ],
        output: dedent`
          from django.forms import widgets


          class PercentInput(widgets.NumberInput):
              def format_value(self, value):
                  if value is None:
                      return None
                  return super().format_value(value * 100)
        `,
      },
    ],
  },
});
