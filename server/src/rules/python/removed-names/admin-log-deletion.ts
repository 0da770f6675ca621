import { deprecationNotes } from '../../docs-links';
import { removedMethodsRule } from '../../shapes';

export default removedMethodsRule({
  id: 'admin-log-deletion',
  title: '`ModelAdmin.log_deletion()` → `log_deletions()`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.1'),
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
    valid: [{ code: 'from django.contrib import admin\n\nclass BookAdmin(admin.ModelAdmin):\n    def log_deletions(self, request, queryset):\n        return super().log_deletions(request, queryset)\n' }],
    invalid: [
      {
        code: 'from django.contrib import admin\n\nclass BookAdmin(admin.ModelAdmin):\n    def log_deletion(self, request, obj, object_repr):\n        audit(obj)\n        return super().log_deletion(request, obj, object_repr)\n',
        findings: 2,
      },
    ],
  },
});
