import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'admin-action-checkbox-name',
  title: '`django.contrib.admin.ACTION_CHECKBOX_NAME` → `django.contrib.admin.helpers`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docsUrl: releaseNotes('3.1', 'miscellaneous'),
  docs: {
    what: 'Finds `ACTION_CHECKBOX_NAME` imported from `django.contrib.admin`.',
    why: '`django.contrib.admin` re-exported it from `django.contrib.admin.helpers` for compatibility; Django 3.1 dropped the re-export, so the import fails.',
    fixSafety: 'Safe: the same constant, imported from `django.contrib.admin.helpers` (there since Django 1.7).',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '1.7',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [{ old: 'django.contrib.admin.ACTION_CHECKBOX_NAME', replacement: 'django.contrib.admin.helpers.ACTION_CHECKBOX_NAME' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.admin import ACTION_CHECKBOX_NAME, ModelAdmin

          selected = request.POST.getlist(ACTION_CHECKBOX_NAME)
        `,
        errors: [
          { line: 1, column: 34, message: '`django.contrib.admin.ACTION_CHECKBOX_NAME` was removed in Django 3.1 without a deprecation period: use `django.contrib.admin.helpers.ACTION_CHECKBOX_NAME`' },
          { line: 3, column: 33, message: '`django.contrib.admin.ACTION_CHECKBOX_NAME` was removed in Django 3.1 without a deprecation period: use `django.contrib.admin.helpers.ACTION_CHECKBOX_NAME`' },
        ],
        output: dedent`
          from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
          from django.contrib.admin import ModelAdmin

          selected = request.POST.getlist(ACTION_CHECKBOX_NAME)
        `,
      },
      {
        code: dedent`
          from django.contrib import admin
          from django.contrib.admin import ACTION_CHECKBOX_NAME


          def selected_ids(request):
              return request.POST.getlist(ACTION_CHECKBOX_NAME)
        `,
        errors: [
          { line: 2, column: 34, message: '`django.contrib.admin.ACTION_CHECKBOX_NAME` was removed in Django 3.1 without a deprecation period: use `django.contrib.admin.helpers.ACTION_CHECKBOX_NAME`' },
          { line: 6, column: 33, message: '`django.contrib.admin.ACTION_CHECKBOX_NAME` was removed in Django 3.1 without a deprecation period: use `django.contrib.admin.helpers.ACTION_CHECKBOX_NAME`' },
        ],
        output: dedent`
          from django.contrib import admin
          from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME


          def selected_ids(request):
              return request.POST.getlist(ACTION_CHECKBOX_NAME)
        `,
      },
    ],
  },
});
