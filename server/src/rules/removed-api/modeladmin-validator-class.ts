import { dedent, subclassAttributeRule } from '../shapes';

export default subclassAttributeRule({
  id: 'modeladmin-validator-class',
  title: '`ModelAdmin.validator_class` → `checks_class`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `validator_class` and `default_validator_class` set on subclasses of `ModelAdmin` and `InlineModelAdmin`.',
    why: 'Django 1.7 replaced the admin validation with system checks (`checks_class`); Django 1.9 removed the validator classes, so the custom validation no longer runs.',
  },
  fix: 'none',
  checklist: ['modeladmin-validator-class', 'modeladmin-default-validator-class'],
  truth: { removed: ['django.contrib.admin.options.BaseModelAdmin.validator_class', 'django.contrib.admin.options.ModelAdmin.default_validator_class'] },
  bases: ['django.contrib.admin.options.BaseModelAdmin', 'django.contrib.admin.options.ModelAdmin', 'django.contrib.admin.options.InlineModelAdmin', 'django.contrib.admin.options.StackedInline', 'django.contrib.admin.options.TabularInline'],
  baseName: 'ModelAdmin',
  members: [
    { name: 'validator_class', advice: 'write the checks as a `checks_class` (a subclass of `ModelAdminChecks`)' },
    { name: 'default_validator_class', advice: 'write the checks as a `checks_class` (a subclass of `ModelAdminChecks`)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin
          from django.contrib.admin.checks import ModelAdminChecks


          class BookAdmin(admin.ModelAdmin):
              checks_class = ModelAdminChecks
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin


          class BookAdmin(admin.ModelAdmin):
              validator_class = BookValidator
        `,
        errors: [
          { line: 5, column: 5, message: '`ModelAdmin.validator_class` is deprecated since Django 1.7 and removed in 1.9: write the checks as a `checks_class` (a subclass of `ModelAdminChecks`)' },
        ],
      },
    ],
  },
});
