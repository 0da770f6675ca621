import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'modeladmin-legacy-1-9',
  title: '`ModelAdmin.declared_fieldsets`, `get_formsets()`, `validate()` → `get_fieldsets()`, `get_formsets_with_inlines()`, system checks',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `declared_fieldsets` and `get_formsets()` overridden in (or called on `self` in) subclasses of `ModelAdmin` and `InlineModelAdmin`, and `validate()` called on them.',
    why: 'Django 1.7 deprecated `declared_fieldsets` (use `get_fieldsets()`), `get_formsets()` (use `get_formsets_with_inlines()`) and the admin validation (`validate()`, replaced by system checks); Django 1.9 removed them: an override is no longer called.',
  },
  fix: 'none',
  checklist: ['modeladmin-declared-fieldsets', 'modeladmin-get-formsets', 'modeladmin-validate'],
  classes: ['django.contrib.admin.options.BaseModelAdmin', 'django.contrib.admin.options.ModelAdmin', 'django.contrib.admin.options.InlineModelAdmin', 'django.contrib.admin.options.StackedInline', 'django.contrib.admin.options.TabularInline'],
  methods: [
    { name: 'declared_fieldsets', subject: '`ModelAdmin.declared_fieldsets`', advice: 'override `get_fieldsets(request, obj=None)`' },
    { name: 'get_formsets', subject: '`ModelAdmin.get_formsets()`', advice: 'override `get_formsets_with_inlines(request, obj=None)`, which yields `(formset, inline)` pairs' },
    { name: 'validate', subject: '`ModelAdmin.validate()`', advice: 'rely on the system checks (`checks_class`, `manage.py check`)' },
  ],
  truth: {
    removed: ['django.contrib.admin.options.BaseModelAdmin.declared_fieldsets', 'django.contrib.admin.options.ModelAdmin.get_formsets', 'django.contrib.admin.options.ModelAdmin.validate'],
    replacements: ['django.contrib.admin.options.ModelAdmin.get_formsets_with_inlines', 'django.contrib.admin.options.BaseModelAdmin.get_fieldsets'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin


          class BookAdmin(admin.ModelAdmin):
              def get_fieldsets(self, request, obj=None):
                  return [(None, {"fields": ["title"]})]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin


          class BookAdmin(admin.ModelAdmin):
              @property
              def declared_fieldsets(self):
                  return [(None, {"fields": ["title"]})]

              def get_formsets(self, request, obj=None):
                  for inline in self.get_inline_instances(request, obj):
                      yield inline.get_formset(request, obj)
        `,
        errors: [
          { line: 6, column: 9, message: '`ModelAdmin.declared_fieldsets`, overridden here, is deprecated since Django 1.7 and removed in 1.9: override `get_fieldsets(request, obj=None)`' },
          { line: 9, column: 9, message: '`ModelAdmin.get_formsets()`, overridden here, is deprecated since Django 1.7 and removed in 1.9: override `get_formsets_with_inlines(request, obj=None)`, which yields `(formset, inline)` pairs' },
        ],
      },
    ],
  },
});
