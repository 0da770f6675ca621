import { stringValue, callsWithArguments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'forms-model-multiple-choice-list-key',
  title: '`ModelMultipleChoiceField` error message `"list"` → `"invalid_list"`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds the `"list"` key of `error_messages` passed to `ModelMultipleChoiceField`.',
    why: 'Django 3.1 renamed the error code `invalid_list`; from 4.0 a custom `"list"` message is ignored.',
    fixSafety: 'Safe: the same message under the new key. Needs Django 3.1+.',
  },
  upstream: { djangoUpgrade: 'forms_model_multiple_choice_field' },
  fix: 'safe',
  fixMinVersion: '3.1',
  checklist: ['mmcf-list-message'],
  truth: { replacements: ['django.forms.models.ModelMultipleChoiceField'], note: 'an error-message key changed, not a name' },
  triggers: ['ModelMultipleChoiceField'],
  check(context) {
    for (const { keywords } of callsWithArguments(context, ['django.forms.ModelMultipleChoiceField', 'django.forms.models.ModelMultipleChoiceField'])) {
      const messages = keywords.get('error_messages')?.childForFieldName('value');
      if (messages?.type !== 'dictionary') continue;
      for (const pair of messages.namedChildren) {
        const key = pair?.type === 'pair' ? pair.childForFieldName('key') : null;
        if (!key || stringValue(key) !== 'list') continue;
        context.report({
          node: key,
          subject: 'The `"list"` error message of `ModelMultipleChoiceField`',
          advice: 'use the `"invalid_list"` key',
          fix: { title: 'Use `"invalid_list"`', edits: [{ start: key.startIndex, end: key.endIndex, text: '"invalid_list"' }] },
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          f = forms.ModelMultipleChoiceField(qs, error_messages={"invalid_list": "Pick some."})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          f = forms.ModelMultipleChoiceField(qs, error_messages={'list': "Pick some.", "required": "!"})
        `,
        errors: [
          { line: 3, column: 56, message: 'The `"list"` error message of `ModelMultipleChoiceField` is deprecated since Django 3.1 and removed in 4.0: use the `"invalid_list"` key' },
        ],
        output: dedent`
          from django import forms

          f = forms.ModelMultipleChoiceField(qs, error_messages={"invalid_list": "Pick some.", "required": "!"})
        `,
      },
      {
        code: dedent`
          from django import forms


          class TagForm(forms.Form):
              tags = forms.ModelMultipleChoiceField(
                  queryset=Tag.objects.all(),
                  error_messages={"list": "Choose one or more tags."},
              )
        `,
        errors: [
          { line: 7, column: 25, message: 'The `"list"` error message of `ModelMultipleChoiceField` is deprecated since Django 3.1 and removed in 4.0: use the `"invalid_list"` key' },
        ],
        output: dedent`
          from django import forms


          class TagForm(forms.Form):
              tags = forms.ModelMultipleChoiceField(
                  queryset=Tag.objects.all(),
                  error_messages={"invalid_list": "Choose one or more tags."},
              )
        `,
      },
    ],
  },
});
