import { isFieldExpression } from '../shapes/arguments';
import { attributeUseRule, dedent } from '../shapes';
import { setsOwnAttribute } from '../shapes/receivers';

export default attributeUseRule({
  id: 'field-related',
  title: '`field.related` → `field.remote_field`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  // What it finds in one statement depends on others (a class of the module that sets `self.related` owns it): it runs on the whole file after every edit.
  locality: 'file',
  docs: {
    what: 'Finds `.related` on relation fields: `_meta.get_field(…).related`, and objects named `field`, `f`, `fk`, `m2m`, `*_field`; not in modules whose classes set `self.related` themselves.',
    why: 'Django 1.8 deprecated the private `Field.related` (it returned `field.rel`, from 1.9 `field.remote_field`); 1.10 removed it.',
    fixSafety: 'Safe: `field.remote_field` is the object `field.related` returned. Needs Django 1.9+ (on 1.8 use `field.rel`).',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['field-related'],
  truth: { removed: ['django.db.models.fields.related.RelatedField.related'], note: '`remote_field` is an instance attribute set in `Field.__init__` (1.9+), not visible to the static check' },
  // `related` is everyday: `.related` after a field's name (`isFieldExpression`) or a call (`get_field(…)`), or `related` or
  // `.related` at the start of a line (the object above it).
  requires: ['related'],
  triggerPattern: /related\b(?<=(?:\b(?:f|fk|m2m|o2o|\w*field)|\)|(?<![^\s][ \t]*))[ \t]*\.[ \t]*related|(?<![^\s][ \t]*)related)/,
  // A module whose classes set `self.related` themselves (a custom relation manager) has its own attribute of that name.
  attributes: [{ name: 'related', object: (object, context) => isFieldExpression(object) && !setsOwnAttribute(context, 'related'), rename: 'remote_field', subject: '`Field.related`', advice: 'use `field.remote_field`' }],
  examples: {
    valid: [
      {
        code: dedent`
          rel = Book._meta.get_field("author").remote_field
          news.related
        `,
      },
      {
        code: dedent`
          from django.db.models.fields.related import RelatedField


          class TagManager(RelatedField):
              def contribute_to_class(self, cls, name):
                  super().contribute_to_class(cls, name)
                  self.related = (cls, name)


          def tagged_model(field):
              return field.related[0]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          target = Book._meta.get_field("author").related.model
          for field in fields:
              print(field.related)
        `,
        errors: [
          { line: 1, column: 10, message: '`Field.related` is deprecated since Django 1.8 and removed in 1.10: use `field.remote_field`' },
          { line: 3, column: 11, message: '`Field.related` is deprecated since Django 1.8 and removed in 1.10: use `field.remote_field`' },
        ],
        output: dedent`
          target = Book._meta.get_field("author").remote_field.model
          for field in fields:
              print(field.remote_field)
        `,
      },
      {
        code: dedent`
          def related_models(model):
              models = []
              for parent_field in model._meta.parents.values():
                  models.append(parent_field.related.model)
              return models
        `,
        errors: [
          { line: 4, column: 23, message: '`Field.related` is deprecated since Django 1.8 and removed in 1.10: use `field.remote_field`' },
        ],
        output: dedent`
          def related_models(model):
              models = []
              for parent_field in model._meta.parents.values():
                  models.append(parent_field.remote_field.model)
              return models
        `,
      },
    ],
  },
});
