import { fallbackRule } from '../shapes/arguments';
import { dedent } from '../shapes';

export default fallbackRule({
  id: 'get-joining-columns-fallback',
  title: '`get_joining_columns()` → `get_joining_fields()`',
  checklist: ['join-get-joining-columns-fallback', 'get-joining-columns'],
  oldName: 'get_joining_columns',
  newName: 'get_joining_fields',
  what: 'Finds classes (custom relations used in joins) that define `get_joining_columns()` but not `get_joining_fields()`, and calls of `get_joining_columns()` in modules that do not define it themselves.',
  why: 'Django 5.0 builds joins from `get_joining_fields()` and fell back to `get_joining_columns()` with a warning; 6.0 removed the fallback.',
  advice: 'implement `get_joining_fields()`, returning pairs of fields instead of column names',
  truth: { removed: ['django.db.models.fields.related.ForeignObject.get_joining_columns'], replacements: ['django.db.models.fields.related.ForeignObject.get_joining_fields'] },
  examples: {
    valid: [
      {
        code: dedent`
          class Relation:
              def get_joining_fields(self):
                  return ()
        `,
      },
      {
        code: dedent`
          class Relation:
              def get_joining_fields(self, reverse_join=False):
                  return ()

              def get_joining_columns(self, reverse_join=False):
                  return (("id", "object_id"),)

              def get_reverse_joining_columns(self):
                  return self.get_joining_columns(reverse_join=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          class Relation:
              def get_joining_columns(self, reverse_join=False):
                  return (("a", "b"),)
        `,
        errors: [
          { line: 2, column: 9, message: '`get_joining_columns()` without `get_joining_fields()` is deprecated since Django 5.0 and removed in 6.0: implement `get_joining_fields()`, returning pairs of fields instead of column names' },
        ],
      },
    ],
  },
});
