import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { callsWithArguments, qualifiedNameOf, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const splitWidgets = ['django.forms.widgets.SplitDateTimeWidget', 'django.forms.widgets.SplitHiddenDateTimeWidget', 'django.contrib.admin.widgets.AdminSplitDateTime'];

/** Whether a `widget=` value is a split date/time widget (the class, or an instance of it). */
function isSplitWidget(context: PythonRuleContext, value: Node): boolean {
  const node = unparenthesized(value)!;
  const named = node.type === 'call' ? node.childForFieldName('function') : node;
  const name = qualifiedNameOf(context, named);
  return name !== null && splitWidgets.some((w) => name === w || name === `django.forms.${w.split('.').pop()}` || name === `django.contrib.admin.${w.split('.').pop()}`);
}

export default definePythonRule({
  id: 'splitdatetimewidget-on-datetimefield',
  title: '`DateTimeField(widget=SplitDateTimeWidget)` → `SplitDateTimeField`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds form `DateTimeField(…)` given a `SplitDateTimeWidget` (or `SplitHiddenDateTimeWidget`, the admin\'s `AdminSplitDateTime`) as its widget.',
    why: 'The split widget posts a date and a time as two values; Django up to 1.8 let `DateTimeField` join them (with a warning from 1.7), Django 1.9 does not, so the form rejects every value as invalid.',
    fixSafety: 'No fix: `SplitDateTimeField` takes `input_date_formats`/`input_time_formats` instead of `input_formats`.',
  },
  fix: 'none',
  checklist: ['splitdatetimewidget-on-datetimefield'],
  truth: { replacements: ['django.forms.fields.SplitDateTimeField'], note: 'a value the field accepts: 1.8.19\'s DateTimeField.to_python joins a list with RemovedInDjango19Warning, 1.9.13\'s does not' },
  triggers: ['SplitDateTimeWidget', 'SplitHiddenDateTimeWidget', 'AdminSplitDateTime'],
  check(context) {
    for (const { callee, keywords } of callsWithArguments(context, ['django.forms.fields.DateTimeField'])) {
      const widget = keywords.get('widget')?.childForFieldName('value');
      if (!widget || !isSplitWidget(context, widget)) continue;
      context.report({ node: callee, subject: 'A `DateTimeField` with a split date/time widget', advice: 'use `forms.SplitDateTimeField` (its default widget is `SplitDateTimeWidget`)' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          class EventForm(forms.Form):
              starts = forms.SplitDateTimeField()
              ends = forms.DateTimeField(widget=forms.DateTimeInput)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          class EventForm(forms.Form):
              starts = forms.DateTimeField(widget=forms.SplitDateTimeWidget())
        `,
        errors: [
          { line: 4, column: 14, message: 'A `DateTimeField` with a split date/time widget is deprecated since Django 1.7 and removed in 1.9: use `forms.SplitDateTimeField` (its default widget is `SplitDateTimeWidget`)' },
        ],
      },
      {
        code: dedent`
          from django.contrib.admin.widgets import AdminSplitDateTime
          from django.forms import DateTimeField, ModelForm

          class EventAdminForm(ModelForm):
              starts = DateTimeField(widget=AdminSplitDateTime)
        `,
        errors: [
          { line: 5, column: 14, message: 'A `DateTimeField` with a split date/time widget is deprecated since Django 1.7 and removed in 1.9: use `forms.SplitDateTimeField` (its default widget is `SplitDateTimeWidget`)' },
        ],
      },
    ],
  },
});
