import type { PythonRuleContext } from '../../engine/lint';
import { isFieldExpression, modelFields } from '../shapes/arguments';
import { attributeAccesses, callArguments, derivesFrom, enclosingMethod, identifiersSpelled, quoted, quoteOf, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** The admin widgets whose `self.rel` is the field's `ForeignObjectRel` (given to their constructor). */
const relWidgets = [
  'django.contrib.admin.widgets.ForeignKeyRawIdWidget',
  'django.contrib.admin.widgets.ManyToManyRawIdWidget',
  'django.contrib.admin.widgets.RelatedFieldWidgetWrapper',
];

/** `getattr(field, 'rel')` and `getattr(field, 'rel', default)` on a model field: the string is reported. */
function reportGetattr(context: PythonRuleContext): void {
  for (const callee of identifiersSpelled(context, 'getattr')) {
    const call = callee.parent;
    if (call?.type !== 'call' || call.childForFieldName('function')?.startIndex !== callee.startIndex) continue;
    // The builtin, not a name the module binds itself.
    if (context.scopes.lookup('getattr', context.scopes.scopeAt(callee.startIndex), callee.startIndex)) continue;
    const { positional, keywords, hasSplat } = callArguments(call);
    if (hasSplat || keywords.size || positional.length < 2 || positional.length > 3) continue;
    const [object, name] = positional;
    if (stringValue(name) !== 'rel' || !isFieldExpression(object)) continue;
    const text = quoted('remote_field', quoteOf(name));
    context.report({
      node: name,
      subject: '`Field.rel`',
      advice: 'use `field.remote_field`',
      fix: text ? { title: 'Use `remote_field`', edits: [{ start: name.startIndex, end: name.endIndex, text }] } : undefined,
    });
  }
}

export default definePythonRule({
  id: 'field-rel',
  title: '`field.rel` → `field.remote_field` (`rel.to` → `remote_field.model`)',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `field.rel`: any `x.rel.to`, and `.rel` on `_meta.get_field(…)` and on objects named `field`, `f`, `fk`, `m2m`, `*_field` (also as `getattr(field, \'rel\')`); and `self.rel.to` in subclasses of the admin\'s `ForeignKeyRawIdWidget`, `ManyToManyRawIdWidget` and `RelatedFieldWidgetWrapper`, whose `rel` is the field\'s `ForeignObjectRel`.',
    why: 'Django 1.9 renamed the private-but-popular `Field.rel` to `Field.remote_field`, and its `to` attribute to `model`; 2.0 removed the old names (`AttributeError`).',
    fixSafety: 'Safe: `x.rel` becomes `x.remote_field` and `x.rel.to` becomes `x.remote_field.model`, the same objects; in the admin widgets `self.rel.to` becomes `self.rel.model`. Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['field-rel'],
  truth: { removed: ['django.db.models.fields.Field.rel', 'django.db.models.fields.reverse_related.ForeignObjectRel.to'] },
  triggers: ['rel'],
  check(context) {
    reportGetattr(context);
    for (const access of attributeAccesses(context, 'rel')) {
      const object = access.childForFieldName('object')!;
      const parent = access.parent;
      const outer = parent?.type === 'attribute' && parent.childForFieldName('object')?.startIndex === access.startIndex && parent.childForFieldName('object')?.endIndex === access.endIndex
        ? parent
        : null;
      const outerName = outer?.childForFieldName('attribute')?.text;
      // On anything else, only `.rel.to` is certain: related-object descriptors (`Model.children.rel`)
      // still have a `rel`, whose `related_model`, `field`, `through`… are current API.
      if (!isFieldExpression(object) && outerName !== 'to') continue;
      // `self.rel` is the class's own attribute (admin widgets, descriptors), unless the class is a model field;
      // in the admin's relation widgets it is the field's ForeignObjectRel, whose `to` is gone.
      if (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls')) {
        const classNode = enclosingMethod(object)?.cls;
        if (classNode && outer && outerName === 'to' && derivesFrom(context, classNode, relWidgets)) {
          const to = outer.childForFieldName('attribute')!;
          context.report({
            node: outer,
            subject: '`ForeignObjectRel.to`',
            advice: 'use `self.rel.model`',
            fix: { title: 'Use `rel.model`', edits: [{ start: to.startIndex, end: to.endIndex, text: 'model' }] },
          });
          continue;
        }
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
      {
        code: dedent`
          model = field.remote_field.model
          link.rel = "nofollow"
          response.rel
        `,
      },
      {
        code: dedent`
          def rendition_model(cls):
              return cls.renditions.rel.related_model, Book.authors.rel.through
        `,
      },
      {
        code: dedent`
          from django import forms

          class RawId(forms.TextInput):
              def url(self):
                  return self.rel.model._meta.model_name
        `,
      },
      {
        code: dedent`
          class Link:
              def __init__(self, rel):
                  self.rel = rel

              def target(self):
                  return getattr(self.anchor, "rel"), self.rel.to
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def targets(model):
              for field in model._meta.get_fields():
                  if field.rel:
                      yield field.rel.to, field.rel.related_name
        `,
        errors: [
          { line: 3, column: 12, message: '`Field.rel` is deprecated since Django 1.9 and removed in 2.0: use `field.remote_field`' },
          { line: 4, column: 19, message: '`field.rel.to` is deprecated since Django 1.9 and removed in 2.0: use `field.remote_field.model`' },
          { line: 4, column: 33, message: '`Field.rel` is deprecated since Django 1.9 and removed in 2.0: use `field.remote_field`' },
        ],
        output: dedent`
          def targets(model):
              for field in model._meta.get_fields():
                  if field.remote_field:
                      yield field.remote_field.model, field.remote_field.related_name
        `,
      },
      {
        code: dedent`
          def foreign_key_targets(model):
              return {
                  fk.name: fk.rel.to
                  for fk in model._meta.fields
                  if fk.is_relation
              }
        `,
        errors: [
          { line: 3, column: 18, message: '`field.rel.to` is deprecated since Django 1.9 and removed in 2.0: use `field.remote_field.model`' },
        ],
        output: dedent`
          def foreign_key_targets(model):
              return {
                  fk.name: fk.remote_field.model
                  for fk in model._meta.fields
                  if fk.is_relation
              }
        `,
      },
      {
        code: dedent`
          from django.contrib.admin.widgets import ForeignKeyRawIdWidget


          class ProductRawIdWidget(ForeignKeyRawIdWidget):
              def label_for_value(self, value):
                  key = self.rel.get_related_field().name
                  product = self.rel.to._default_manager.get(**{key: value})
                  return product.title


          def is_relation(field):
              return getattr(field, "rel", None) is not None
        `,
        errors: [
          { line: 7, column: 19, message: '`ForeignObjectRel.to` is deprecated since Django 1.9 and removed in 2.0: use `self.rel.model`' },
          { line: 12, column: 27, message: '`Field.rel` is deprecated since Django 1.9 and removed in 2.0: use `field.remote_field`' },
        ],
        output: dedent`
          from django.contrib.admin.widgets import ForeignKeyRawIdWidget


          class ProductRawIdWidget(ForeignKeyRawIdWidget):
              def label_for_value(self, value):
                  key = self.rel.get_related_field().name
                  product = self.rel.model._default_manager.get(**{key: value})
                  return product.title


          def is_relation(field):
              return getattr(field, "remote_field", None) is not None
        `,
      },
    ],
  },
});
