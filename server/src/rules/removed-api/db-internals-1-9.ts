import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'db-internals-1-9',
  title: '`WhereNode.make_atom()`, `BaseDatabaseValidation.validate_field()` → `as_sql()`, `check_field()`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `make_atom()` overridden in (or called on `self` in) subclasses of `WhereNode`, and `validate_field()` in subclasses of a database backend\'s `BaseDatabaseValidation`.',
    why: 'Django 1.7 moved lookups to `Lookup` classes (`WhereNode.make_atom()` became dead) and backend validation to system checks (`validate_field()` → `check_field()`); Django 1.9 removed both, so an override is no longer called.',
  },
  fix: 'none',
  checklist: ['wherenode-make-atom', 'db-validation-validate-field'],
  classes: ['django.db.models.sql.where.WhereNode', 'django.db.backends.BaseDatabaseValidation', 'django.db.backends.base.validation.BaseDatabaseValidation'],
  methods: [
    { name: 'make_atom', subject: '`WhereNode.make_atom()`', advice: 'write a custom `Lookup` (its `as_sql()`)' },
    { name: 'validate_field', subject: '`BaseDatabaseValidation.validate_field()`', advice: 'override `check_field(field, **kwargs)`, returning a list of check messages' },
  ],
  // BaseDatabaseValidation moved from django.db.backends (1.7) to django.db.backends.base.validation (1.8): one
  // path cannot be claimed in both 1.7 and 1.8; validate_field is in both (1.7.11, 1.8.19) and gone in 1.9.13, checked by hand.
  truth: { removed: ['django.db.models.sql.where.WhereNode.make_atom'], note: 'validate_field: in django.db.backends.BaseDatabaseValidation (1.7) and django.db.backends.base.validation.BaseDatabaseValidation (1.8), gone in 1.9' },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.backends.base.validation import BaseDatabaseValidation


          class DatabaseValidation(BaseDatabaseValidation):
              def check_field(self, field, **kwargs):
                  return []
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.backends.base.validation import BaseDatabaseValidation


          class DatabaseValidation(BaseDatabaseValidation):
              def validate_field(self, errors, opts, f):
                  if f.db_index and f.max_length > 255:
                      errors.add(opts, "index too long")
        `,
        errors: [
          { line: 5, column: 9, message: '`BaseDatabaseValidation.validate_field()`, overridden here, is deprecated since Django 1.7 and removed in 1.9: override `check_field(field, **kwargs)`, returning a list of check messages' },
        ],
      },
    ],
  },
});
