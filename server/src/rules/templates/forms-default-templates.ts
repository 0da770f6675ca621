import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import type { Fix, RuleContext } from '../../engine/types';
import { replaceStringContent } from '../../engine/python-edits';
import { stringsEqualTo } from '../../engine/python-queries';
import { tagsNamed, firstStringArgument } from '../../engine/template-queries';
import { dedent, defineRule } from '../shapes';

const formDefault = 'django/forms/default.html';
const formsetDefault = 'django/forms/formsets/default.html';

export default defineRule({
  id: 'forms-default-templates',
  title: '`django/forms/default.html` templates',
  category: 'templates',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  languages: ['python', 'django-template'],
  docs: {
    what: 'Finds the template names `django/forms/default.html` and `django/forms/formsets/default.html` in Python strings (`template_name = …`) and in `{% include %}`/`{% extends %}`.',
    why: 'They were proxies for the table layouts; Django 5.0 removed them (its default is the `<div>` layout), so rendering fails with `TemplateDoesNotExist`.',
    fixSafety: 'Safe for forms: `django/forms/default.html` only included `django/forms/table.html`, which the fix names instead (Django 4.0+). The formset template rendered each form with its own template, which no remaining template does: it gets the message only.',
  },
  fix: 'safe',
  fixMinVersion: '4.0',
  checklist: ['forms-default-template', 'formsets-default-template'],
  truth: { note: 'template files (django/forms/templates), not names; default.html exists in 4.0-4.2 and table.html from 4.0' },
  // Every finding's path spells the words `default`, `forms` and `html` (django/forms/default.html, …/formsets/default.html).
  triggers: ['default'],
  requires: ['forms', 'html'],
  check(context: RuleContext) {
    const report = (node: Node, name: string, content: Node | null) => {
      const isForm = name === formDefault;
      let fix: Fix | undefined;
      if (isForm && content) {
        const edit = context.language === 'python'
          ? replaceStringContent(content, 'django/forms/table.html')
          : { start: content.startIndex + 1, end: content.endIndex - 1, text: 'django/forms/table.html' };
        if (edit) fix = { title: 'Use `django/forms/table.html`', edits: [edit] };
      }
      context.report({
        node,
        subject: `The template \`${name}\``,
        advice: isForm
          ? 'use `django/forms/table.html` (the same output) or `django/forms/div.html` (the new default)'
          : 'use `django/forms/formsets/table.html` or `django/forms/formsets/div.html`',
        fix,
      });
    };
    if (context.language === 'django-template') {
      for (const tag of tagsNamed(context, ['include', 'extends'])) {
        const name = firstStringArgument(tag);
        if (name && (name.value === formDefault || name.value === formsetDefault)) report(name.node, name.value, name.node);
      }
      return;
    }
    for (const { node, value } of stringsEqualTo(context as PythonRuleContext, [formDefault, formsetDefault])) report(node, value, node);
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import forms

          class ContactForm(forms.Form):
              template_name = "django/forms/div.html"
        `,
      },
      {
        code: dedent`
          {% include "django/forms/table.html" %}
        `,
        filename: 'templates/contact.html',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import forms

          class ContactForm(forms.Form):
              template_name = "django/forms/default.html"

          class Items(forms.BaseFormSet):
              template_name = "django/forms/formsets/default.html"
        `,
        errors: [
          { line: 4, column: 21, message: 'The template `django/forms/default.html` is deprecated since Django 4.1 and removed in 5.0: use `django/forms/table.html` (the same output) or `django/forms/div.html` (the new default)' },
          { line: 7, column: 21, message: 'The template `django/forms/formsets/default.html` is deprecated since Django 4.1 and removed in 5.0: use `django/forms/formsets/table.html` or `django/forms/formsets/div.html`' },
        ],
        output: dedent`
          from django import forms

          class ContactForm(forms.Form):
              template_name = "django/forms/table.html"

          class Items(forms.BaseFormSet):
              template_name = "django/forms/formsets/default.html"
        `,
      },
      {
        code: dedent`
          <form>{% include "django/forms/default.html" with form=form %}</form>
        `,
        filename: 'templates/contact.html',
        errors: [
          { line: 1, column: 18, message: 'The template `django/forms/default.html` is deprecated since Django 4.1 and removed in 5.0: use `django/forms/table.html` (the same output) or `django/forms/div.html` (the new default)' },
        ],
        output: dedent`
          <form>{% include "django/forms/table.html" with form=form %}</form>
        `,
      },
    ],
  },
});
