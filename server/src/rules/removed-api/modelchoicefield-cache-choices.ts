import { dedent, keywordArgumentRule } from '../shapes';

const fields = ['django.forms.models.ModelChoiceField', 'django.forms.models.ModelMultipleChoiceField'];

export default keywordArgumentRule({
  id: 'modelchoicefield-cache-choices',
  title: 'Drop `ModelChoiceField(cache_choices=…)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.9',
  docs: {
    what: 'Finds the `cache_choices` argument of `ModelChoiceField` and `ModelMultipleChoiceField`.',
    why: 'The undocumented option was deprecated in Django 1.8 and removed in 1.9 (an accelerated removal); passing it raises `TypeError`.',
    fixSafety: 'Safe: removes the argument; choices are then evaluated for each form rendering, as they are by default.',
  },
  fix: 'safe',
  checklist: ['modelchoicefield-cache-choices'],
  truth: { removedParameters: [{ symbol: fields[0], name: 'cache_choices' }, { symbol: fields[1], name: 'cache_choices' }] },
  sites: { callees: fields },
  keywords: [{ name: 'cache_choices', remove: true, advice: 'remove it' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          field = forms.ModelChoiceField(queryset=Tag.objects.all())
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          class F(forms.Form):
              tags = forms.ModelMultipleChoiceField(Tag.objects.all(), cache_choices=True)
        `,
        errors: [
          { line: 4, column: 62, message: '`ModelMultipleChoiceField(cache_choices=…)` is deprecated since Django 1.8 and removed in 1.9: remove it' },
        ],
        output: dedent`
          from django import forms

          class F(forms.Form):
              tags = forms.ModelMultipleChoiceField(Tag.objects.all())
        `,
      },
      {
        code: dedent`
          from django.forms import ModelChoiceField, ModelForm


          class OrderForm(ModelForm):
              shop = ModelChoiceField(
                  queryset=Shop.objects.filter(active=True),
                  cache_choices=True,
                  required=False,
              )
        `,
        errors: [
          { line: 7, column: 9, message: '`ModelChoiceField(cache_choices=…)` is deprecated since Django 1.8 and removed in 1.9: remove it' },
        ],
        output: dedent`
          from django.forms import ModelChoiceField, ModelForm


          class OrderForm(ModelForm):
              shop = ModelChoiceField(
                  queryset=Shop.objects.filter(active=True),
                  required=False,
              )
        `,
      },
    ],
  },
});
