import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { stringValue, callsWithArguments } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'forms-model-multiple-choice-list-key',
  title: '`ModelMultipleChoiceField` error message `"list"` → `"invalid_list"`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  languages: ['python'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds the `"list"` key of `error_messages` passed to `ModelMultipleChoiceField` (django-upgrade: `forms_model_multiple_choice_field`).',
    why: 'Django 3.1 renamed the error code `invalid_list`; from 4.0 a custom `"list"` message is ignored.',
    fixSafety: 'Safe: the same message under the new key. Needs Django 3.1+.',
  },
  fix: 'safe',
  fixMinVersion: '3.1',
  checklist: ['mmcf-list-message'],
  truth: { replacements: ['django.forms.models.ModelMultipleChoiceField'], note: 'an error-message key changed, not a name' },
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'from django import forms\n\nf = forms.ModelMultipleChoiceField(qs, error_messages={"invalid_list": "Pick some."})\n' }],
    invalid: [{
      code: 'from django import forms\n\nf = forms.ModelMultipleChoiceField(qs, error_messages={\'list\': "Pick some.", "required": "!"})\n',
      findings: 1,
      output: 'from django import forms\n\nf = forms.ModelMultipleChoiceField(qs, error_messages={"invalid_list": "Pick some.", "required": "!"})\n',
    }],
  },
};
export default rule;
