import { receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';
import { definesOwnMethod } from '../shapes/receivers';

const relationClasses = [/^django\.(contrib\.[\w.]+\.)?db\.models\.([\w.]+\.)?(ForeignObject|ForeignKey|OneToOneField|ManyToManyField|ForeignObjectRel|ManyToOneRel|OneToOneRel|ManyToManyRel|GenericRelation)$/];
const namedRelation = receiverNamed('field', 'remote_field', 'rel', 'join_field');

// `get_joining_columns()` and `get_prefetch_queryset()`, deprecated in the same release, are found by the
// arguments group's fallback rules (get-joining-columns-fallback, get-prefetch-queryset-fallback).
export default removedMethodsRule({
  id: 'foreign-object-get-reverse-joining-columns',
  title: '`ForeignObject.get_reverse_joining_columns()` → `get_reverse_joining_fields()`',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  // What it finds in one statement depends on others (a class of the module that defines the method may be the one called): it runs on the whole file after every edit.
  locality: 'file',
  docs: {
    what:
      'Finds `get_reverse_joining_columns()` overridden in, or called on `self`/`super()` in, subclasses of `ForeignObject` and the relation fields, ' +
      'and called on `field`, `remote_field`, `rel` or `join_field` (unless a class of the module that is not a `ForeignObject` defines the method itself).',
    why: 'Django 5.0 made joins work on fields (`get_reverse_joining_fields()`) so they can use database functions; the column-based method was deprecated and Django 6.0 removed it.',
    fixSafety: 'No fix: the new method returns pairs of fields, not of column names.',
  },
  fix: 'none',
  checklist: ['get-reverse-joining-columns'],
  classes: relationClasses,
  // A name says it is a relation field, unless a class of the module (a custom relation such as
  // taggit's manager, not a ForeignObject) defines the method itself: the call may be to that one.
  receiver: (context, receiver) => namedRelation(context, receiver) && !definesOwnMethod(context, 'get_reverse_joining_columns', relationClasses),
  methods: [
    { name: 'get_reverse_joining_columns', subject: '`get_reverse_joining_columns()`', advice: 'use `get_reverse_joining_fields()`, which returns pairs of fields (use `.column` for the names)' },
  ],
  truth: {
    removed: ['django.db.models.fields.related.ForeignObject.get_reverse_joining_columns'],
    replacements: ['django.db.models.fields.related.ForeignObject.get_reverse_joining_fields'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          pairs = field.get_reverse_joining_fields()
        `,
      },
      {
        code: dedent`
          from django.db.models.fields.related import RelatedField


          class TagRel:
              def __init__(self, field):
                  self.field = field

              def columns(self):
                  return self.field.get_reverse_joining_columns()


          class TagField(RelatedField):
              def get_reverse_joining_columns(self):
                  return (("object_id", "id"),)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class CompositeKey(models.ForeignObject):
              def get_reverse_joining_columns(self):
                  return super().get_reverse_joining_columns()
        `,
        errors: [
          { line: 4, column: 9, message: '`get_reverse_joining_columns()`, overridden here, is deprecated since Django 5.0 and removed in 6.0: use `get_reverse_joining_fields()`, which returns pairs of fields (use `.column` for the names)' },
          { line: 5, column: 16, message: '`get_reverse_joining_columns()` is deprecated since Django 5.0 and removed in 6.0: use `get_reverse_joining_fields()`, which returns pairs of fields (use `.column` for the names)' },
        ],
      },
      {
        code: dedent`
          columns = join_field.get_reverse_joining_columns()
        `,
        errors: [
          { line: 1, column: 11, message: '`get_reverse_joining_columns()` is deprecated since Django 5.0 and removed in 6.0: use `get_reverse_joining_fields()`, which returns pairs of fields (use `.column` for the names)' },
        ],
      },
    ],
  },
});
