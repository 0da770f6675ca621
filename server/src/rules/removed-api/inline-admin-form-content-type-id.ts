import { attributeUseRule, dedent } from '../shapes';

const docs = {
  why: 'Django 1.9 deprecated it (it served the admin\'s "view on site" link); 1.10 removed it, so templates render an empty string and Python raises `AttributeError`.',
  fixSafety: 'No automatic fix: for the "view on site" URL use `inline_admin_form.absolute_url`; for the content type, `ContentType.objects.get_for_model(form.original)`.',
};
const advice = 'use `absolute_url` for the "view on site" link, or `ContentType.objects.get_for_model(original)`';

export default attributeUseRule({
  id: 'inline-admin-form-content-type-id',
  title: '`InlineAdminForm.original_content_type_id` (Python)',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '1.10',
  docs: { what: 'Finds `.original_content_type_id` in modules that import from `django.contrib.admin`.', ...docs },
  fix: 'none',
  checklist: ['inlineadminform-original-content-type-id'],
  truth: { removed: ['django.contrib.admin.helpers.InlineAdminForm.original_content_type_id'] },
  fileImports: ['django.contrib.admin'],
  attributes: [{ name: 'original_content_type_id', subject: '`InlineAdminForm.original_content_type_id`', advice }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin

          url = inline_admin_form.absolute_url
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.admin.helpers import InlineAdminFormSet

          for form in formset:
              ids.append(form.original_content_type_id)
        `,
        errors: [
          { line: 4, column: 16, message: '`InlineAdminForm.original_content_type_id` is deprecated since Django 1.9 and removed in 1.10: use `absolute_url` for the "view on site" link, or `ContentType.objects.get_for_model(original)`' },
        ],
      },
    ],
  },
});
