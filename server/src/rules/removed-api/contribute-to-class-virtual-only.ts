import type { PythonRuleContext } from '../../engine/lint';
import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { Fix, TextEdit } from '../../engine/types';
import { callArguments, functionsNamed, identifiersSpelled, methodCalls, parametersOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** Renames `virtual_only` throughout an override: its parameter, its uses, and the keyword passed on to `contribute_to_class()`. */
function renameInFunction(context: PythonRuleContext, fn: Node): TextEdit[] | null {
  const inside = (node: Node) => node.startIndex >= fn.startIndex && node.endIndex <= fn.endIndex;
  if (identifiersSpelled(context, 'private_only').some(inside)) return null;
  const edits: TextEdit[] = [];
  for (const identifier of identifiersSpelled(context, 'virtual_only').filter(inside)) {
    const parent = identifier.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === identifier.startIndex) continue;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === identifier.startIndex) {
      const callee = parent.parent?.parent?.childForFieldName('function');
      if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'contribute_to_class') return null;
    }
    edits.push({ start: identifier.startIndex, end: identifier.endIndex, text: 'private_only' });
  }
  return edits;
}

export default definePythonRule({
  id: 'contribute-to-class-virtual-only',
  title: '`contribute_to_class(virtual_only=…)` → `private_only=`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `virtual_only=` passed to `contribute_to_class()`, and `contribute_to_class()` overrides with a `virtual_only` parameter.',
    why: 'Django 1.10 renamed "virtual" fields to "private" fields; 2.0 removed `virtual_only`, so calls raise `TypeError` and overrides no longer receive the flag.',
    fixSafety: 'Safe: renames the keyword; in an override, renames the parameter and its uses in the method (unless `private_only` is already used there). Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['contribute-to-class-virtual-only'],
  truth: {
    removedParameters: [{ symbol: 'django.db.models.fields.Field.contribute_to_class', name: 'virtual_only' }],
  },
  triggers: ['virtual_only'],
  check(context) {
    const overrides = new Set<number>();
    for (const fn of functionsNamed(context, ['contribute_to_class'])) {
      const parameter = parametersOf(fn).find((p) => p.name === 'virtual_only');
      if (!parameter) continue;
      overrides.add(fn.startIndex);
      const edits = renameInFunction(context, fn);
      let fix: Fix | undefined;
      try {
        fix = edits ? { title: 'Rename `virtual_only` to `private_only`', edits: normalizeEdits(edits) } : undefined;
      } catch {
        fix = undefined;
      }
      context.report({ node: parameter.node, subject: 'The `virtual_only` parameter of `contribute_to_class()`', advice: 'name it `private_only`', fix });
    }
    for (const { call } of methodCalls(context, ['contribute_to_class'])) {
      const { keywords } = callArguments(call);
      const argument = keywords.get('virtual_only');
      const name = argument?.childForFieldName('name');
      if (!argument || !name) continue;
      let inOverride = false;
      for (let p = call.parent; p; p = p.parent) if (p.type === 'function_definition' && overrides.has(p.startIndex)) inOverride = true;
      if (inOverride) continue; // the override's fix renames it
      context.report({
        node: argument,
        subject: '`contribute_to_class(virtual_only=…)`',
        advice: 'pass `private_only`',
        fix: keywords.has('private_only') ? undefined : { title: 'Rename to `private_only`', edits: [{ start: name.startIndex, end: name.endIndex, text: 'private_only' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          field.contribute_to_class(cls, "tags", private_only=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class TagsField(models.Field):
              def contribute_to_class(self, cls, name, virtual_only=False):
                  super().contribute_to_class(cls, name, virtual_only=virtual_only)

          other.contribute_to_class(Book, "extra", virtual_only=True)
        `,
        errors: [
          { line: 4, column: 46, message: 'The `virtual_only` parameter of `contribute_to_class()` is deprecated since Django 1.10 and removed in 2.0: name it `private_only`' },
          { line: 7, column: 42, message: '`contribute_to_class(virtual_only=…)` is deprecated since Django 1.10 and removed in 2.0: pass `private_only`' },
        ],
        output: dedent`
          from django.db import models

          class TagsField(models.Field):
              def contribute_to_class(self, cls, name, private_only=False):
                  super().contribute_to_class(cls, name, private_only=private_only)

          other.contribute_to_class(Book, "extra", private_only=True)
        `,
      },
      {
        code: dedent`
          from django.contrib.contenttypes.fields import GenericRelation


          class TaggedRelation(GenericRelation):
              def contribute_to_class(self, cls, name, virtual_only=False):
                  super().contribute_to_class(cls, name, virtual_only)
                  cls._tag_field = name
        `,
        errors: [
          { line: 5, column: 46, message: 'The `virtual_only` parameter of `contribute_to_class()` is deprecated since Django 1.10 and removed in 2.0: name it `private_only`' },
        ],
        output: dedent`
          from django.contrib.contenttypes.fields import GenericRelation


          class TaggedRelation(GenericRelation):
              def contribute_to_class(self, cls, name, private_only=False):
                  super().contribute_to_class(cls, name, private_only)
                  cls._tag_field = name
        `,
      },
    ],
  },
});
