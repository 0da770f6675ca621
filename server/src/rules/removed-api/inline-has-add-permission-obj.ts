import { inlines } from '../shapes/arguments';
import { addedParameterRule, dedent } from '../shapes';

export default addedParameterRule({
  id: 'inline-has-add-permission-obj',
  title: 'Inline `has_add_permission(self, request)` → `(self, request, obj)`',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '3.0',
  docs: {
    what: 'Finds `has_add_permission()` overrides in admin inlines (`TabularInline`, `StackedInline`, generic inlines) without the `obj` parameter.',
    why: 'Django 2.1 passes the parent object to inlines\' `has_add_permission()`; 3.0 removed the signature check, so such overrides raise `TypeError`.',
    fixSafety: 'Safe: adds `obj=None` and passes `obj` on in `super().has_add_permission(request)`. Needs Django 2.1+ (the base method takes `obj` from 2.1).',
  },
  fix: 'safe',
  fixMinVersion: '2.1',
  checklist: ['inline-has-add-permission-no-obj'],
  truth: { replacements: ['django.contrib.admin.options.InlineModelAdmin.has_add_permission'], note: 'the signature of overrides (user code) changed' },
  bases: inlines,
  method: 'has_add_permission',
  positional: 2,
  parameter: 'obj',
  text: 'obj=None',
  passOn: 'obj',
  subject: 'An inline\'s `has_add_permission()` without `obj`',
  advice: 'accept `obj` (the parent object being edited)',
  fixTitle: 'Add `obj=None`',
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin

          class ItemInline(admin.TabularInline):
              def has_add_permission(self, request, obj=None):
                  return False

          class OrderAdmin(admin.ModelAdmin):
              def has_add_permission(self, request):
                  return False
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin

          class ItemInline(admin.TabularInline):
              def has_add_permission(self, request):
                  return super().has_add_permission(request) and request.user.is_staff
        `,
        errors: [
          { line: 4, column: 9, message: 'An inline\'s `has_add_permission()` without `obj` is deprecated since Django 2.1 and removed in 3.0: accept `obj` (the parent object being edited)' },
        ],
        output: dedent`
          from django.contrib import admin

          class ItemInline(admin.TabularInline):
              def has_add_permission(self, request, obj=None):
                  return super().has_add_permission(request, obj) and request.user.is_staff
        `,
      },
      {
        code: dedent`
          from django.contrib.contenttypes.admin import GenericStackedInline


          class NoteInline(GenericStackedInline):
              extra = 0

              def has_add_permission(self, request):
                  return request.user.has_perm("notes.add_note")
        `,
        errors: [
          { line: 7, column: 9, message: 'An inline\'s `has_add_permission()` without `obj` is deprecated since Django 2.1 and removed in 3.0: accept `obj` (the parent object being edited)' },
        ],
        output: dedent`
          from django.contrib.contenttypes.admin import GenericStackedInline


          class NoteInline(GenericStackedInline):
              extra = 0

              def has_add_permission(self, request, obj=None):
                  return request.user.has_perm("notes.add_note")
        `,
      },
    ],
  },
});
