import { enclosingMethod, isSelfOfSubclass, methodCalls, methodsOf, sameNode, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule, lastNames } from '../shapes';

/** The admin classes whose `queryset()` Django 1.6 renamed `get_queryset()`. */
const admins = [
  'django.contrib.admin.options.BaseModelAdmin', 'django.contrib.admin.options.ModelAdmin', 'django.contrib.admin.options.InlineModelAdmin',
  'django.contrib.admin.options.StackedInline', 'django.contrib.admin.options.TabularInline',
  'django.contrib.gis.admin.options.GeoModelAdmin', 'django.contrib.gis.admin.options.OSMGeoAdmin',
];

export default definePythonRule({
  id: 'modeladmin-queryset',
  title: '`ModelAdmin.queryset()` → `get_queryset()`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds `queryset()` defined in subclasses of `ModelAdmin` and the inlines, and `self.queryset(…)`/`super().queryset(…)` called in them; not in classes that define `get_queryset()` too (a compatibility alias).',
    why: 'Django 1.6 renamed the admin\'s `queryset()` to `get_queryset()` and called an override of the old name through a deprecation shim; Django 1.8 removed the shim, so the override is no longer called (the admin lists every object again) and `super().queryset()` raises `AttributeError`.',
    fixSafety: 'Safe: renames the method, and the class\'s own calls of it, to the name Django calls. Needs Django 1.6+.',
  },
  fix: 'safe',
  fixMinVersion: '1.6',
  checklist: ['modeladmin-queryset'],
  truth: {
    replacements: ['django.contrib.admin.options.BaseModelAdmin.get_queryset'],
    note: '1.5.12 defines BaseModelAdmin.queryset; 1.6.11 and 1.7.11 map it through the RenameBaseModelAdminMethods metaclass (which the static check cannot follow); 1.8.19 has only get_queryset',
  },
  triggers: ['queryset'],
  // Only in a subclass of an admin class: one of their names is a word of the text (`subclassesOf`).
  requiresOneOf: lastNames(admins),
  check(context) {
    const subclasses = subclassesOf(context, admins);
    if (subclasses.length === 0) return;
    const calls = methodCalls(context, ['queryset']).filter((c) => isSelfOfSubclass(context, c.receiver, admins));
    for (const cls of subclasses) {
      // A class that defines both keeps the old name as an alias for old releases.
      if (methodsOf(cls, 'get_queryset').length > 0) continue;
      const own = calls.filter((c) => sameNode(enclosingMethod(c.callee)?.cls, cls));
      const definitions = methodsOf(cls, 'queryset');
      for (const { nameNode } of definitions) {
        const edits = [nameNode, ...own.map((c) => c.nameNode)].map((n) => ({ start: n.startIndex, end: n.endIndex, text: 'get_queryset' }));
        context.report({ node: nameNode, subject: '`ModelAdmin.queryset()`, overridden here,', advice: 'rename it `get_queryset()`', fix: { title: 'Rename to `get_queryset`', edits } });
      }
      if (definitions.length > 0) continue;
      for (const { callee, nameNode } of own) {
        context.report({ node: callee, subject: '`ModelAdmin.queryset()`', advice: 'call `get_queryset()`', fix: { title: 'Call `get_queryset()`', edits: [{ start: nameNode.startIndex, end: nameNode.endIndex, text: 'get_queryset' }] } });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def get_queryset(self, request):
                  return super(BookAdmin, self).get_queryset(request).select_related("author")
        `,
      },
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def get_queryset(self, request):
                  return super(BookAdmin, self).get_queryset(request).filter(published=True)

              def queryset(self, request):
                  return self.get_queryset(request)
        `,
      },
      {
        code: dedent`
          from rest_framework import generics

          class BookList(generics.ListAPIView):
              def queryset(self):
                  return Book.objects.all()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def queryset(self, request):
                  qs = super(BookAdmin, self).queryset(request)
                  return qs.filter(owner=request.user)
        `,
        errors: [
          { line: 4, column: 9, message: '`ModelAdmin.queryset()`, overridden here, is deprecated since Django 1.6 and removed in 1.8: rename it `get_queryset()`' },
        ],
        output: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def get_queryset(self, request):
                  qs = super(BookAdmin, self).get_queryset(request)
                  return qs.filter(owner=request.user)
        `,
      },
      {
        code: dedent`
          from django.contrib.admin import TabularInline

          class ChapterInline(TabularInline):
              model = Chapter

              def get_formset(self, request, obj=None, **kwargs):
                  self.count = self.queryset(request).count()
                  return super(ChapterInline, self).get_formset(request, obj, **kwargs)
        `,
        errors: [
          { line: 7, column: 22, message: '`ModelAdmin.queryset()` is deprecated since Django 1.6 and removed in 1.8: call `get_queryset()`' },
        ],
        output: dedent`
          from django.contrib.admin import TabularInline

          class ChapterInline(TabularInline):
              model = Chapter

              def get_formset(self, request, obj=None, **kwargs):
                  self.count = self.get_queryset(request).count()
                  return super(ChapterInline, self).get_formset(request, obj, **kwargs)
        `,
      },
    ],
  },
});
