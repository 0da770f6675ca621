// Defaults that Django flipped after a deprecation: calls that rely on the old default. Code written
// for the new default is indistinguishable, so these rules are opt-in (for projects crossing the change).
import { appendArgument } from '../../engine/python-edits';
import { callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'urlfield-assume-scheme',
  title: '`forms.URLField()` without `assume_scheme` (default becomes `"https"`)',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  optIn: true,
  docs: {
    what: 'Opt-in, for projects moving from Django 5.x or older to 6.0: finds `django.forms.URLField(…)` without `assume_scheme`.',
    why: 'A URL typed without a scheme got `http://` until Django 5.2 (with a warning from 5.0 unless `FORMS_URLFIELD_ASSUME_HTTPS` is set); 6.0 assumes `https://`. Code written for 6.0 relies on the new default, hence opt-in.',
    fixSafety: 'Safe: adds `assume_scheme="http"`, which keeps the old behaviour (Django 5.0+); choose `"https"` if that is what you want.',
  },
  fix: 'safe',
  fixMinVersion: '5.0',
  checklist: ['urlfield-assume-http'],
  truth: { replacements: ['django.forms.fields.URLField'], note: 'a default changed ("http" to "https"); `assume_scheme` exists from 5.0' },
  triggers: ['URLField'],
  check(context) {
    for (const { call } of callsTo(context, ['django.forms.fields.URLField'])) {
      const { list, keywords, hasSplat } = callArguments(call);
      if (!list || keywords.has('assume_scheme') || hasSplat) continue;
      context.report({
        node: call,
        subject: '`forms.URLField()` without `assume_scheme`',
        advice: 'pass `assume_scheme="https"` (the 6.0 default) or `"http"` (the old one)',
        fix: { title: 'Keep `assume_scheme="http"`', edits: [appendArgument(context.text, list, 'assume_scheme="http"')] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          site = forms.URLField(assume_scheme="https")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          site = forms.URLField(required=False)
        `,
        errors: [
          { line: 3, column: 8, message: '`forms.URLField()` without `assume_scheme` is deprecated since Django 5.0 and removed in 6.0: pass `assume_scheme="https"` (the 6.0 default) or `"http"` (the old one)' },
        ],
        output: dedent`
          from django import forms

          site = forms.URLField(required=False, assume_scheme="http")
        `,
      },
      {
        code: dedent`
          from django.forms import Form, URLField


          class ShopForm(Form):
              website = URLField(label="Website", max_length=200)
              notes = URLField(required=False, assume_scheme="https")
        `,
        errors: [
          { line: 5, column: 15, message: '`forms.URLField()` without `assume_scheme` is deprecated since Django 5.0 and removed in 6.0: pass `assume_scheme="https"` (the 6.0 default) or `"http"` (the old one)' },
        ],
        output: dedent`
          from django.forms import Form, URLField


          class ShopForm(Form):
              website = URLField(label="Website", max_length=200, assume_scheme="http")
              notes = URLField(required=False, assume_scheme="https")
        `,
      },
    ],
  },
});
