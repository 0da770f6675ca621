import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'forms-radio-input',
  title: '`django.forms.widgets.RadioInput` → `RadioSelect`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports and uses of `django.forms.widgets.RadioInput`.',
    why: 'Django 1.6 renamed the class that renders one radio button to `RadioChoiceInput` and deprecated the old name; Django 1.8 removed it (and 1.11 replaced both with template-based rendering).',
  },
  fix: 'none',
  checklist: ['radio-input'],
  names: [{ old: 'django.forms.widgets.RadioInput', advice: 'customise `RadioSelect` (its `option_template_name` from Django 1.11; `RadioChoiceInput` on 1.6 to 1.10)' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.forms.widgets import RadioSelect
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.forms.widgets import RadioInput


          class InlineRadio(RadioInput):
              pass
        `,
        errors: [
          { line: 1, column: 34, message: '`django.forms.widgets.RadioInput` is deprecated since Django 1.6 and removed in 1.8: customise `RadioSelect` (its `option_template_name` from Django 1.11; `RadioChoiceInput` on 1.6 to 1.10)' },
          { line: 4, column: 19, message: '`django.forms.widgets.RadioInput` is deprecated since Django 1.6 and removed in 1.8: customise `RadioSelect` (its `option_template_name` from Django 1.11; `RadioChoiceInput` on 1.6 to 1.10)' },
        ],
      },
    ],
  },
});
