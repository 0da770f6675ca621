import { deprecationNotes } from '../../docs-links';
import { receiverNamed } from '../../../engine/python-queries';
import { removedMethodsRule } from '../../shapes';

export default removedMethodsRule({
  id: 'forms-widget-format-value-private',
  title: '`Widget._format_value()` → `format_value()`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.10'),
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
    valid: [{ code: 'from django import forms\n\nclass Money(forms.TextInput):\n    def format_value(self, value):\n        return "%.2f" % value\n' }],
    invalid: [
      {
        code: 'from django import forms\n\nclass Money(forms.TextInput):\n    def _format_value(self, value):\n        return "%.2f" % value\n',
        findings: 1,
        output: 'from django import forms\n\nclass Money(forms.TextInput):\n    def format_value(self, value):\n        return "%.2f" % value\n',
      },
    ],
  },
});
