// ModelAdmin and inline hooks that Django calls with one more argument.
import type { Node } from 'web-tree-sitter';
import type { TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { appendParameter } from '../../../engine/python-edits';
import { callArguments, isSuperCall } from '../../../engine/python-queries';
import { methodOverrideRule } from '../../shapes';

export const inlines = [
  'django.contrib.admin.options.InlineModelAdmin', 'django.contrib.admin.options.TabularInline', 'django.contrib.admin.options.StackedInline',
  'django.contrib.contenttypes.admin.GenericInlineModelAdmin', 'django.contrib.contenttypes.admin.GenericTabularInline',
  'django.contrib.contenttypes.admin.GenericStackedInline',
];
export const modelAdmins = ['django.contrib.admin.options.BaseModelAdmin', 'django.contrib.admin.options.ModelAdmin', 'django.contrib.gis.admin.options.GISModelAdmin', 'django.contrib.gis.admin.options.GeoModelAdmin', 'django.contrib.gis.admin.options.OSMGeoAdmin'];

/** `super().name(...)` calls inside a method, with their argument lists. */
export function superCalls(fn: Node, name: string): Node[] {
  const calls: Node[] = [];
  for (const call of fn.descendantsOfType('call')) {
    const callee = call?.childForFieldName('function');
    if (call && callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === name) {
      const receiver = callee.childForFieldName('object');
      if (receiver && isSuperCall(receiver)) calls.push(call);
    }
  }
  return calls;
}

/** An edit appending `text` to a call's arguments when it passes exactly `count` positional arguments and nothing else. */
export function appendToSuperCall(call: Node, count: number, text: string): TextEdit | null {
  const { list, positional, keywords, hasSplat } = callArguments(call);
  if (!list || positional.length !== count || keywords.size > 0 || hasSplat) return null;
  const last = positional[positional.length - 1];
  return last ? { start: last.endIndex, end: last.endIndex, text: `, ${text}` } : { start: list.startIndex + 1, end: list.startIndex + 1, text };
}

export const inlineHasAddPermissionObj = methodOverrideRule({
  id: 'inline-has-add-permission-obj',
  title: 'Inline `has_add_permission(self, request)` → `(self, request, obj)`',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '3.0',
  docsUrl: deprecationNotes('2.1'),
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
  inspect(_context, fn, parameters) {
    const positional = parameters.filter((p) => p.kind === 'positional');
    if (positional.length !== 2 || parameters.some((p) => p.kind === 'args' || p.kind === 'kwargs' || p.name === 'obj')) return null;
    const edits: TextEdit[] = [];
    const added = appendParameter(fn, parameters, 'obj=None');
    if (added) edits.push(added);
    for (const call of superCalls(fn, 'has_add_permission')) {
      const edit = appendToSuperCall(call, 1, 'obj');
      if (edit) edits.push(edit);
    }
    return { node: fn.childForFieldName('name')!, subject: 'An inline\'s `has_add_permission()` without `obj`', advice: 'accept `obj` (the parent object being edited)', title: 'Add `obj=None`', edits };
  },
  examples: {
    valid: [{ code: 'from django.contrib import admin\n\nclass ItemInline(admin.TabularInline):\n    def has_add_permission(self, request, obj=None):\n        return False\n\nclass OrderAdmin(admin.ModelAdmin):\n    def has_add_permission(self, request):\n        return False\n' }],
    invalid: [{
      code: 'from django.contrib import admin\n\nclass ItemInline(admin.TabularInline):\n    def has_add_permission(self, request):\n        return super().has_add_permission(request) and request.user.is_staff\n',
      findings: 1,
      output: 'from django.contrib import admin\n\nclass ItemInline(admin.TabularInline):\n    def has_add_permission(self, request, obj=None):\n        return super().has_add_permission(request, obj) and request.user.is_staff\n',
    }],
  },
});

export const modelAdminLookupAllowedRequest = methodOverrideRule({
  id: 'modeladmin-lookup-allowed-request',
  title: '`ModelAdmin.lookup_allowed(self, lookup, value)` → `(…, request)`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.0'),
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
  inspect(_context, fn, parameters) {
    const positional = parameters.filter((p) => p.kind === 'positional');
    if (positional.length !== 3 || parameters.some((p) => p.kind === 'args' || p.kind === 'kwargs' || p.name === 'request')) return null;
    const edits: TextEdit[] = [];
    const added = appendParameter(fn, parameters, positional[2].default ? 'request=None' : 'request');
    if (added) edits.push(added);
    for (const call of superCalls(fn, 'lookup_allowed')) {
      const edit = appendToSuperCall(call, 2, 'request');
      if (edit) edits.push(edit);
    }
    return { node: fn.childForFieldName('name')!, subject: '`lookup_allowed()` without `request`', advice: 'accept `request` as the third argument', title: 'Add `request`', edits };
  },
  examples: {
    valid: [{ code: 'from django.contrib import admin\n\nclass BookAdmin(admin.ModelAdmin):\n    def lookup_allowed(self, lookup, value, request):\n        return True\n' }],
    invalid: [{
      code: 'from django.contrib import admin\n\nclass BookAdmin(admin.ModelAdmin):\n    def lookup_allowed(self, lookup, value):\n        return lookup == "isbn" or super().lookup_allowed(lookup, value)\n',
      findings: 1,
      output: 'from django.contrib import admin\n\nclass BookAdmin(admin.ModelAdmin):\n    def lookup_allowed(self, lookup, value, request):\n        return lookup == "isbn" or super().lookup_allowed(lookup, value, request)\n',
    }],
  },
});
