import { dedent, keywordArgumentRule } from '../shapes';

const field = 'django.forms.fields.RegexField';

export default keywordArgumentRule({
  id: 'regexfield-error-message',
  title: '`RegexField(error_message=…)` → `error_messages={"invalid": …}`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds the `error_message` argument of `forms.RegexField`.',
    why: 'Django 1.8 deprecated it for the standard `error_messages`; from 1.10 it is silently ignored (the form shows the generic message), and from 1.11 it raises `TypeError`.',
    fixSafety: 'Safe: writes `error_messages={"invalid": …}`, what the argument did. Not fixed when the call already passes `error_messages`.',
  },
  fix: 'safe',
  checklist: ['regexfield-error-message'],
  truth: {
    note: 'Django 1.10 keeps `error_message` in `RegexField.__init__` but ignores it; the parameter leaves the signature in 1.11 (so no parameter claim for 1.10)',
  },
  sites: { callees: [field] },
  keywords: [{
    name: 'error_message',
    advice: 'pass `error_messages={"invalid": …}`',
    replace(_context, { argument, value, keywords }) {
      if (keywords.has('error_messages')) return null;
      return [{ start: argument.startIndex, end: argument.endIndex, text: `error_messages={"invalid": ${value.text}}` }];
    },
  }],
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          code = forms.RegexField(r"^[A-Z]+$", error_messages={"invalid": "Capitals only"})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          code = forms.RegexField(r"^[A-Z]+$", error_message="Capitals only")
        `,
        errors: [
          { line: 3, column: 38, message: '`RegexField(error_message=…)` is deprecated since Django 1.8 and removed in 1.10: pass `error_messages={"invalid": …}`' },
        ],
        output: dedent`
          from django import forms

          code = forms.RegexField(r"^[A-Z]+$", error_messages={"invalid": "Capitals only"})
        `,
      },
      {
        code: dedent`
          from django.forms import Form, RegexField


          class PostcodeForm(Form):
              postcode = RegexField(
                  regex=r"^\d{5}$",
                  max_length=5,
                  error_message="Enter five digits.",
              )
        `,
        errors: [
          { line: 8, column: 9, message: '`RegexField(error_message=…)` is deprecated since Django 1.8 and removed in 1.10: pass `error_messages={"invalid": …}`' },
        ],
        output: dedent`
          from django.forms import Form, RegexField


          class PostcodeForm(Form):
              postcode = RegexField(
                  regex=r"^\d{5}$",
                  max_length=5,
                  error_messages={"invalid": "Enter five digits."},
              )
        `,
      },
    ],
  },
});
