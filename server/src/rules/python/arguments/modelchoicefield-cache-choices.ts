import { deprecationNotes } from '../../docs-links';
import { keywordArgumentRule } from '../../shapes';

const fields = ['django.forms.models.ModelChoiceField', 'django.forms.models.ModelMultipleChoiceField'];

export default keywordArgumentRule({
  id: 'modelchoicefield-cache-choices',
  title: 'Drop `ModelChoiceField(cache_choices=…)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.9',
  docsUrl: deprecationNotes('1.8'),
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
    valid: [{ code: 'from django import forms\n\nfield = forms.ModelChoiceField(queryset=Tag.objects.all())\n' }],
    invalid: [{
      code: 'from django import forms\n\nclass F(forms.Form):\n    tags = forms.ModelMultipleChoiceField(Tag.objects.all(), cache_choices=True)\n',
      findings: 1,
      output: 'from django import forms\n\nclass F(forms.Form):\n    tags = forms.ModelMultipleChoiceField(Tag.objects.all())\n',
    }],
  },
});
