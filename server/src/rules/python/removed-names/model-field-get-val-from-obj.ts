import { deprecationNotes } from '../../docs-links';
import { receiverNamed } from '../../../engine/python-queries';
import { removedMethodsRule } from '../../shapes';

const fieldReceiver = receiverNamed('field', 'f');

export default removedMethodsRule({
  id: 'model-field-get-val-from-obj',
  title: '`Field._get_val_from_obj()` → `value_from_object()`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
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
    valid: [{ code: 'from django.db import models\n\nclass Tags(models.TextField):\n    def value_to_string(self, obj):\n        return self.value_from_object(obj)\n' }],
    invalid: [
      {
        code:
          'from django.db import models\n\nclass Tags(models.TextField):\n    def value_to_string(self, obj):\n        return ",".join(self._get_val_from_obj(obj))\n\n' +
          'def dump(obj):\n    return {field.name: field._get_val_from_obj(obj) for field in obj._meta.fields}\n',
        findings: 2,
        output:
          'from django.db import models\n\nclass Tags(models.TextField):\n    def value_to_string(self, obj):\n        return ",".join(self.value_from_object(obj))\n\n' +
          'def dump(obj):\n    return {field.name: field.value_from_object(obj) for field in obj._meta.fields}\n',
      },
    ],
  },
});
