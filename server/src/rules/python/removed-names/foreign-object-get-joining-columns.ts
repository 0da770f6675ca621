import { deprecationNotes } from '../../docs-links';
import { receiverNamed, removedMethodsRule } from './helpers';

export default removedMethodsRule({
  id: 'foreign-object-get-joining-columns',
  title: '`get_joining_columns()`/`get_reverse_joining_columns()` → `get_joining_fields()`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.0'),
  docs: {
    what:
      'Finds `get_joining_columns()` and `get_reverse_joining_columns()` overridden in, or called on `self` in, subclasses of `ForeignObject` and the relation ' +
      'fields, and called on `field`, `remote_field`, `rel` or `join_field`.',
    why: 'Django 5.0 made joins work on fields (`get_joining_fields()`, `get_reverse_joining_fields()`) so they can use database functions; the column-based methods were deprecated and Django 6.0 removed them.',
    fixSafety: 'No fix: the new methods return pairs of fields, not of column names.',
  },
  fix: 'none',
  checklist: ['get-joining-columns', 'get-reverse-joining-columns'],
  classes: [/^django\.(contrib\.[\w.]+\.)?db\.models\.([\w.]+\.)?(ForeignObject|ForeignKey|OneToOneField|ManyToManyField|ForeignObjectRel|ManyToOneRel|OneToOneRel|ManyToManyRel|GenericRelation)$/],
  receiver: receiverNamed('field', 'remote_field', 'rel', 'join_field'),
  methods: [
    { name: 'get_joining_columns', subject: '`get_joining_columns()`', advice: 'use `get_joining_fields()`, which returns pairs of fields (use `.column` for the names)' },
    { name: 'get_reverse_joining_columns', subject: '`get_reverse_joining_columns()`', advice: 'use `get_reverse_joining_fields()`, which returns pairs of fields' },
  ],
  truth: {
    removed: [
      'django.db.models.fields.related.ForeignObject.get_joining_columns',
      'django.db.models.fields.related.ForeignObject.get_reverse_joining_columns',
      'django.db.models.fields.reverse_related.ForeignObjectRel.get_joining_columns',
    ],
    replacements: ['django.db.models.fields.related.ForeignObject.get_joining_fields', 'django.db.models.fields.related.ForeignObject.get_reverse_joining_fields'],
  },
  examples: {
    valid: [{ code: 'pairs = field.get_joining_fields()\n' }],
    invalid: [
      {
        code: 'from django.db import models\n\nclass CompositeKey(models.ForeignObject):\n    def get_joining_columns(self, reverse_join=False):\n        return super().get_joining_columns(reverse_join)\n',
        findings: 2,
      },
      { code: 'columns = join_field.get_joining_columns()\n', findings: 1 },
    ],
  },
});
