import { receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

const fieldReceiver = receiverNamed('field', 'f');

export default removedMethodsRule({
  id: 'model-field-get-val-from-obj',
  title: '`Field._get_val_from_obj()` → `value_from_object()`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what:
      'Finds `_get_val_from_obj()` called on a model field: on `field`/`f` (the usual names in serializers and `value_to_string()`), on `self` in a ' +
      'model field subclass, or on a field the file creates; and overrides of it in model field subclasses.',
    why: 'Django 1.9 deprecated the private method in favour of `value_from_object()`; Django 2.0 removed it.',
    fixSafety:
      'Quick fix only: `value_from_object(obj)` does the same for a model instance, but the private method also accepted `obj=None` ' +
      '(returning the field\'s default), which `value_from_object()` does not.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.8',
  checklist: ['field-get-val-from-obj'],
  classes: [/^django\.(contrib\.[\w.]+\.)?db\.models\.([\w.]+\.)?[A-Za-z]*Field$/],
  receiver: fieldReceiver,
  methods: [{ name: '_get_val_from_obj', rename: 'value_from_object', subject: '`Field._get_val_from_obj()`', advice: 'use `value_from_object(obj)`' }],
  truth: { removed: ['django.db.models.fields.Field._get_val_from_obj'], replacements: ['django.db.models.fields.Field.value_from_object'] },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class Tags(models.TextField):
              def value_to_string(self, obj):
                  return self.value_from_object(obj)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class Tags(models.TextField):
              def value_to_string(self, obj):
                  return ",".join(self._get_val_from_obj(obj))

          def dump(obj):
              return {field.name: field._get_val_from_obj(obj) for field in obj._meta.fields}
        `,
        errors: [
          { line: 5, column: 25, message: '`Field._get_val_from_obj()` is deprecated since Django 1.9 and removed in 2.0: use `value_from_object(obj)`' },
          { line: 8, column: 25, message: '`Field._get_val_from_obj()` is deprecated since Django 1.9 and removed in 2.0: use `value_from_object(obj)`' },
        ],
        output: dedent`
          from django.db import models

          class Tags(models.TextField):
              def value_to_string(self, obj):
                  return ",".join(self.value_from_object(obj))

          def dump(obj):
              return {field.name: field.value_from_object(obj) for field in obj._meta.fields}
        `,
      },
      {
        code: dedent`
          from django.db import models


          class CommaSeparatedField(models.TextField):
              def value_to_string(self, obj):
                  value = self._get_val_from_obj(obj)
                  return "" if value is None else ",".join(value)
        `,
        errors: [
          { line: 6, column: 17, message: '`Field._get_val_from_obj()` is deprecated since Django 1.9 and removed in 2.0: use `value_from_object(obj)`' },
        ],
        output: dedent`
          from django.db import models


          class CommaSeparatedField(models.TextField):
              def value_to_string(self, obj):
                  value = self.value_from_object(obj)
                  return "" if value is None else ",".join(value)
        `,
      },
    ],
  },
});
