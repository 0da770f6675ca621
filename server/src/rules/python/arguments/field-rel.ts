import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { isFieldExpression } from '../../shapes/arguments';
import { modelFields } from '../../shapes/arguments';
import { enclosingMethod, derivesFrom } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'field-rel',
  title: '`field.rel` → `field.remote_field` (`rel.to` → `remote_field.model`)',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `field.rel`: any `x.rel.to`, and `.rel` on `_meta.get_field(…)` and on objects named `field`, `f`, `fk`, `m2m`, `*_field`.',
    why: 'Django 1.9 renamed the private-but-popular `Field.rel` to `Field.remote_field`, and its `to` attribute to `model`; 2.0 removed the old names (`AttributeError`).',
    fixSafety: 'Safe: `x.rel` becomes `x.remote_field` and `x.rel.to` becomes `x.remote_field.model`, the same objects. Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['field-rel'],
  truth: { removed: ['django.db.models.fields.Field.rel', 'django.db.models.fields.reverse_related.ForeignObjectRel.to'] },
  check(context: PythonRuleContext) {
    for (const access of context.tree.rootNode.descendantsOfType('attribute')) {
      if (!access || access.childForFieldName('attribute')?.text !== 'rel') continue;
      const object = access.childForFieldName('object') as Node;
      const parent = access.parent;
      const outer = parent?.type === 'attribute' && parent.childForFieldName('object')?.startIndex === access.startIndex && parent.childForFieldName('object')?.endIndex === access.endIndex
        ? parent
        : null;
      const outerName = outer?.childForFieldName('attribute')?.text;
      // On anything else, only `.rel.to` is certain: related-object descriptors (`Model.children.rel`)
      // still have a `rel`, whose `related_model`, `field`, `through`… are current API.
      if (!isFieldExpression(object) && outerName !== 'to') continue;
      // `self.rel` is the class's own attribute (admin widgets, descriptors), unless the class is a model field.
      if (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls')) {
        const classNode = enclosingMethod(object)?.cls;
        if (!classNode || !derivesFrom(context, classNode, modelFields)) continue;
      }
      if (outer && outerName === 'to') {
        context.report({
          node: outer,
          subject: '`field.rel.to`',
          advice: 'use `field.remote_field.model`',
          fix: { title: 'Use `remote_field.model`', edits: [{ start: object.endIndex, end: outer.endIndex, text: '.remote_field.model' }] },
        });
        continue;
      }
      const attribute = access.childForFieldName('attribute')!;
      context.report({
        node: access,
        subject: '`Field.rel`',
        advice: 'use `field.remote_field`',
        fix: { title: 'Use `remote_field`', edits: [{ start: attribute.startIndex, end: attribute.endIndex, text: 'remote_field' }] },
      });
    }
  },
  examples: {
    valid: [
      { code: 'model = field.remote_field.model\nlink.rel = "nofollow"\nresponse.rel\n' },
      { code: 'def rendition_model(cls):\n    return cls.renditions.rel.related_model, Book.authors.rel.through\n' },
      { code: 'from django import forms\n\nclass RawId(forms.TextInput):\n    def url(self):\n        return self.rel.model._meta.model_name\n' },
    ],
    invalid: [{
      code: 'def targets(model):\n    for field in model._meta.get_fields():\n        if field.rel:\n            yield field.rel.to, field.rel.related_name\n',
      findings: 3,
      output: 'def targets(model):\n    for field in model._meta.get_fields():\n        if field.remote_field:\n            yield field.remote_field.model, field.remote_field.related_name\n',
    }],
  },
};
export default rule;
