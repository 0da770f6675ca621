import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { classDefinitions, methodCalls, methodsOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

/** A rule for a hook Django stopped falling back to: classes that define only the old method, and calls of it. */
function fallbackRule(spec: {
  id: string; title: string; checklist: string; oldName: string; newName: string; what: string; why: string; advice: string;
  truth: PythonRule['truth']; valid: string; invalid: string; findings: number;
}): PythonRule {
  return {
    id: spec.id,
    title: spec.title,
    category: 'removed-api',
    deprecatedIn: '5.0',
    removedIn: '6.0',
    languages: ['python'],
    docsUrl: deprecationNotes('5.0'),
    docs: { what: spec.what, why: spec.why, fixSafety: `No automatic fix: ${spec.advice}.` },
    fix: 'none',
    checklist: [spec.checklist],
    truth: spec.truth,
    check(context: PythonRuleContext) {
      for (const classNode of classDefinitions(context)) {
        if (methodsOf(classNode, spec.newName).length > 0) continue;
        for (const method of methodsOf(classNode, spec.oldName)) {
          context.report({ node: method.nameNode, subject: `\`${spec.oldName}()\` without \`${spec.newName}()\``, advice: spec.advice });
        }
      }
      for (const { call, name } of methodCalls(context, [spec.oldName])) {
        context.report({ node: call, subject: `\`${name}()\``, advice: `call \`${spec.newName}()\`` });
      }
    },
    examples: { valid: [{ code: spec.valid }], invalid: [{ code: spec.invalid, findings: spec.findings }] },
  };
}

export const getPrefetchQuerysetFallback = fallbackRule({
  id: 'get-prefetch-queryset-fallback',
  title: '`get_prefetch_queryset()` → `get_prefetch_querysets()`',
  checklist: 'get-prefetch-queryset-fallback',
  oldName: 'get_prefetch_queryset',
  newName: 'get_prefetch_querysets',
  what: 'Finds classes (custom related descriptors and managers) that define `get_prefetch_queryset()` but not `get_prefetch_querysets()`, and calls of `get_prefetch_queryset()`.',
  why: 'Django 5.0 prefetches through `get_prefetch_querysets(instances, querysets)` and fell back to the old method with a warning; 6.0 removed the fallback, so such descriptors break `prefetch_related()`.',
  advice: 'implement `get_prefetch_querysets(self, instances, querysets=None)`',
  truth: { removed: ['django.contrib.contenttypes.fields.GenericForeignKey.get_prefetch_queryset'], replacements: ['django.contrib.contenttypes.fields.GenericForeignKey.get_prefetch_querysets'] },
  valid: 'class Descriptor:\n    def get_prefetch_querysets(self, instances, querysets=None):\n        return []\n',
  invalid: 'class Descriptor:\n    def get_prefetch_queryset(self, instances, queryset=None):\n        return []\n',
  findings: 1,
});

export const getJoiningColumnsFallback = fallbackRule({
  id: 'get-joining-columns-fallback',
  title: '`get_joining_columns()` → `get_joining_fields()`',
  checklist: 'join-get-joining-columns-fallback',
  oldName: 'get_joining_columns',
  newName: 'get_joining_fields',
  what: 'Finds classes (custom relations used in joins) that define `get_joining_columns()` but not `get_joining_fields()`, and calls of `get_joining_columns()`.',
  why: 'Django 5.0 builds joins from `get_joining_fields()` and fell back to `get_joining_columns()` with a warning; 6.0 removed the fallback.',
  advice: 'implement `get_joining_fields()`, returning pairs of fields instead of column names',
  truth: { removed: ['django.db.models.fields.related.ForeignObject.get_joining_columns'], replacements: ['django.db.models.fields.related.ForeignObject.get_joining_fields'] },
  valid: 'class Relation:\n    def get_joining_fields(self):\n        return ()\n',
  invalid: 'class Relation:\n    def get_joining_columns(self, reverse_join=False):\n        return (("a", "b"),)\n',
  findings: 1,
});
