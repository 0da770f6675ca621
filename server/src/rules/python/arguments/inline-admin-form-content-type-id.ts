import type { RuleContext } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { type TemplateRule, attributeUseRule } from '../../shapes';

const docs = {
  why: 'Django 1.9 deprecated it (it served the admin\'s "view on site" link); 1.10 removed it, so templates render an empty string and Python raises `AttributeError`.',
  fixSafety: 'No automatic fix: for the "view on site" URL use `inline_admin_form.absolute_url`; for the content type, `ContentType.objects.get_for_model(form.original)`.',
};
const advice = 'use `absolute_url` for the "view on site" link, or `ContentType.objects.get_for_model(original)`';

export const inlineAdminFormContentTypeId = attributeUseRule({
  id: 'inline-admin-form-content-type-id',
  title: '`InlineAdminForm.original_content_type_id` (Python)',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '1.10',
  docsUrl: deprecationNotes('1.9'),
  docs: { what: 'Finds `.original_content_type_id` in modules that import from `django.contrib.admin`.', ...docs },
  fix: 'none',
  checklist: ['inlineadminform-original-content-type-id'],
  truth: { removed: ['django.contrib.admin.helpers.InlineAdminForm.original_content_type_id'] },
  fileImports: ['django.contrib.admin'],
  attributes: [{ name: 'original_content_type_id', subject: '`InlineAdminForm.original_content_type_id`', advice }],
  examples: {
    valid: [{ code: 'from django.contrib import admin\n\nurl = inline_admin_form.absolute_url\n' }],
    invalid: [{ code: 'from django.contrib.admin.helpers import InlineAdminFormSet\n\nfor form in formset:\n    ids.append(form.original_content_type_id)\n', findings: 1 }],
  },
});

export const templateInlineAdminFormContentTypeId: TemplateRule = {
  id: 'template-inline-admin-form-content-type-id',
  title: '`inline_admin_form.original_content_type_id` in admin templates',
  category: 'templates',
  deprecatedIn: '1.9',
  removedIn: '1.10',
  languages: ['django-template'],
  docsUrl: deprecationNotes('1.9'),
  docs: { what: 'Finds `….original_content_type_id` in templates (overridden admin inline templates copied from Django 1.8).', ...docs },
  fix: 'none',
  checklist: ['inlineadminform-original-content-type-id'],
  truth: { removed: ['django.contrib.admin.helpers.InlineAdminForm.original_content_type_id'] },
  check(context: RuleContext) {
    for (const variable of context.tree.rootNode.descendantsOfType('variable_name')) {
      if (variable && /\.original_content_type_id(\.|$)/.test(variable.text)) {
        context.report({ node: variable, subject: '`InlineAdminForm.original_content_type_id`', advice: 'use `inline_admin_form.absolute_url` for the "view on site" link' });
      }
    }
  },
  examples: {
    valid: [{ code: '{% if inline_admin_form.original %}<a href="{{ inline_admin_form.absolute_url }}">View</a>{% endif %}\n', filename: 'templates/admin/edit_inline/stacked.html' }],
    invalid: [{
      code: '{% if inline_admin_form.original_content_type_id %}<a href="{% url "admin:view_on_site" inline_admin_form.original_content_type_id inline_admin_form.original.pk %}">View</a>{% endif %}\n',
      filename: 'templates/admin/edit_inline/stacked.html',
      findings: 2,
    }],
  },
};
