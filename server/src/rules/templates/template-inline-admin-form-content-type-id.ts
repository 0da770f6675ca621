import { dedent, defineTemplateRule } from '../shapes';
import { templateVariablesSpelling } from '../../engine/template-queries';

export default defineTemplateRule({
  id: 'template-inline-admin-form-content-type-id',
  title: '`inline_admin_form.original_content_type_id` in admin templates',
  category: 'templates',
  deprecatedIn: '1.9',
  removedIn: '1.10',
  docs: {
    what: 'Finds `….original_content_type_id` in templates (overridden admin inline templates copied from Django 1.8).',
    why: 'Django 1.9 deprecated it (it served the admin\'s "view on site" link); 1.10 removed it, so templates render an empty string and Python raises `AttributeError`.',
    fixSafety: 'No automatic fix: for the "view on site" URL use `inline_admin_form.absolute_url`; for the content type, `ContentType.objects.get_for_model(form.original)`.',
  },
  fix: 'none',
  checklist: ['inlineadminform-original-content-type-id'],
  truth: { removed: ['django.contrib.admin.helpers.InlineAdminForm.original_content_type_id'] },
  triggers: ['original_content_type_id'],
  check(context) {
    for (const variable of templateVariablesSpelling(context, 'original_content_type_id')) {
      if (/\.original_content_type_id(\.|$)/.test(variable.text)) {
        context.report({ node: variable, subject: '`InlineAdminForm.original_content_type_id`', advice: 'use `inline_admin_form.absolute_url` for the "view on site" link' });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% if inline_admin_form.original %}<a href="{{ inline_admin_form.absolute_url }}">View</a>{% endif %}
        `,
        filename: 'templates/admin/edit_inline/stacked.html',
      },
    ],
    invalid: [
      {
        code: dedent`
          {% if inline_admin_form.original_content_type_id %}<a href="{% url "admin:view_on_site" inline_admin_form.original_content_type_id inline_admin_form.original.pk %}">View</a>{% endif %}
        `,
        filename: 'templates/admin/edit_inline/stacked.html',
        errors: [
          { line: 1, column: 7, message: '`InlineAdminForm.original_content_type_id` is deprecated since Django 1.9 and removed in 1.10: use `inline_admin_form.absolute_url` for the "view on site" link' },
          { line: 1, column: 89, message: '`InlineAdminForm.original_content_type_id` is deprecated since Django 1.9 and removed in 1.10: use `inline_admin_form.absolute_url` for the "view on site" link' },
        ],
      },
    ],
  },
});
