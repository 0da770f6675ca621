import { modelAdmins } from '../shapes/arguments';
import { addedParameterRule, dedent } from '../shapes';

export default addedParameterRule({
  id: 'modeladmin-lookup-allowed-request',
  title: '`ModelAdmin.lookup_allowed(self, lookup, value)` → `(…, request)`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docs: {
    what: 'Finds `lookup_allowed()` overrides in `ModelAdmin` subclasses without the `request` parameter.',
    why: 'Django 5.0 passes the request to `lookup_allowed()`; 6.0 requires it, so such overrides raise `TypeError`.',
    fixSafety: 'Safe: adds the `request` parameter and passes it on in `super().lookup_allowed(lookup, value)`. Needs Django 5.0+.',
  },
  fix: 'safe',
  fixMinVersion: '5.0',
  checklist: ['lookup-allowed-no-request'],
  truth: { replacements: ['django.contrib.admin.options.BaseModelAdmin.lookup_allowed'], note: 'the signature of overrides (user code) changed; the base method takes `request` from 5.0' },
  bases: modelAdmins,
  method: 'lookup_allowed',
  positional: 3,
  parameter: 'request',
  // `lookup_allowed(self, lookup, value=None)` keeps a default after it.
  text: (positional) => (positional[2].default ? 'request=None' : 'request'),
  passOn: 'request',
  subject: '`lookup_allowed()` without `request`',
  advice: 'accept `request` as the third argument',
  fixTitle: 'Add `request`',
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def lookup_allowed(self, lookup, value, request):
                  return True
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def lookup_allowed(self, lookup, value):
                  return lookup == "isbn" or super().lookup_allowed(lookup, value)
        `,
        errors: [
          { line: 4, column: 9, message: '`lookup_allowed()` without `request` is deprecated since Django 5.0 and removed in 6.0: accept `request` as the third argument' },
        ],
        output: dedent`
          from django.contrib import admin

          class BookAdmin(admin.ModelAdmin):
              def lookup_allowed(self, lookup, value, request):
                  return lookup == "isbn" or super().lookup_allowed(lookup, value, request)
        `,
      },
      {
        code: dedent`
          from django.contrib.admin import ModelAdmin


          class OrderAdmin(ModelAdmin):
              list_filter = ["status"]

              def lookup_allowed(self, lookup, value):
                  if lookup.startswith("customer__"):
                      return True
                  return super().lookup_allowed(lookup, value)
        `,
        errors: [
          { line: 7, column: 9, message: '`lookup_allowed()` without `request` is deprecated since Django 5.0 and removed in 6.0: accept `request` as the third argument' },
        ],
        output: dedent`
          from django.contrib.admin import ModelAdmin


          class OrderAdmin(ModelAdmin):
              list_filter = ["status"]

              def lookup_allowed(self, lookup, value, request):
                  if lookup.startswith("customer__"):
                      return True
                  return super().lookup_allowed(lookup, value, request)
        `,
      },
    ],
  },
});
