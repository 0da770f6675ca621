import { deprecationNotes } from '../../docs-links';
import { receiverNamed } from '../../../engine/python-queries';
import { removedMethodsRule } from '../../shapes';

export default removedMethodsRule({
  id: 'forms-html-output',
  title: '`BaseForm._html_output()` → template-based form rendering',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  docsUrl: deprecationNotes('4.0'),
  docs: {
    what: 'Finds `_html_output()` called on `self`/`super()` in a form subclass, on `form`, or on a form the file creates, and overrides of it in form subclasses.',
    why: 'Django 4.0 renders forms with templates (`as_table()`, `as_p()`… use `template_name_table` etc.); the undocumented `_html_output()` helper was deprecated and Django 5.0 removed it.',
    fixSafety: 'No fix: the markup moves into a form template (`template_name`, or `render(template_name=…)`).',
  },
  fix: 'none',
  checklist: ['baseform-html-output'],
  classes: [/^django\.(contrib\.[\w.]+\.)?forms\.([\w.]+\.)?\w*Form(Set)?$/],
  receiver: receiverNamed('form'),
  methods: [{ name: '_html_output', subject: '`BaseForm._html_output()`', advice: 'render the form with a template (`template_name`, or `form.render(template_name=...)`)' }],
  truth: { removed: ['django.forms.forms.BaseForm._html_output'], replacements: ['django.forms.forms.BaseForm.render'] },
  examples: {
    valid: [{ code: 'from django import forms\n\nclass ContactForm(forms.Form):\n    template_name = "contact_form.html"\n' }],
    invalid: [
      {
        code:
          'from django import forms\n\nclass ContactForm(forms.Form):\n    def as_div(self):\n        return self._html_output(\n            normal_row="<div>%(label)s %(field)s</div>", error_row="%s",\n' +
          '            row_ender="</div>", help_text_html="%s", errors_on_separate_row=False,\n        )\n',
        findings: 1,
      },
    ],
  },
});
