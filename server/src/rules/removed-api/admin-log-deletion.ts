import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'admin-log-deletion',
  title: '`ModelAdmin.log_deletion()` → `log_deletions()`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docs: {
    what: 'Finds `log_deletion()` overridden in, or called on `self`/`super()` in, a `ModelAdmin` subclass.',
    why: 'Django 5.1 logs deletions in bulk with `log_deletions(request, queryset)`; `log_deletion()` was deprecated and Django 6.0 removed it, so an override stops being called.',
    fixSafety: 'No fix: the new hook receives a queryset of objects instead of one object and its `repr`.',
  },
  fix: 'none',
  checklist: ['modeladmin-log-deletion'],
  classes: [/^django\.contrib\.(gis\.)?admin\.(options\.)?\w*ModelAdmin$/],
  methods: [{ name: 'log_deletion', subject: '`ModelAdmin.log_deletion()`', advice: 'override `log_deletions(request, queryset)` instead' }],
  truth: { removed: ['django.contrib.admin.options.ModelAdmin.log_deletion'], replacements: ['django.contrib.admin.options.ModelAdmin.log_deletions'] },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def log_deletions(self, request, queryset):
                  return super().log_deletions(request, queryset)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def log_deletion(self, request, obj, object_repr):
                  audit(obj)
                  return super().log_deletion(request, obj, object_repr)
        `,
        errors: [
          { line: 4, column: 9, message: '`ModelAdmin.log_deletion()`, overridden here, is deprecated since Django 5.1 and removed in 6.0: override `log_deletions(request, queryset)` instead' },
          { line: 6, column: 16, message: '`ModelAdmin.log_deletion()` is deprecated since Django 5.1 and removed in 6.0: override `log_deletions(request, queryset)` instead' },
        ],
      },
    ],
  },
});
