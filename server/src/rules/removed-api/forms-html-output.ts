import { receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'forms-html-output',
  title: '`BaseForm._html_output()` → template-based form rendering',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '5.0',
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
    valid: [
      {
        code: dedent`
          from django import forms

          class ContactForm(forms.Form):
              template_name = "contact_form.html"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          class ContactForm(forms.Form):
              def as_div(self):
                  return self._html_output(
                      normal_row="<div>%(label)s %(field)s</div>", error_row="%s",
                      row_ender="</div>", help_text_html="%s", errors_on_separate_row=False,
                  )
        `,
        errors: [
          { line: 5, column: 16, message: '`BaseForm._html_output()` is deprecated since Django 4.0 and removed in 5.0: render the form with a template (`template_name`, or `form.render(template_name=...)`)' },
        ],
      },
    ],
  },
});
