import { dedent, positionalToKeywordRule } from '../shapes';

export default positionalToKeywordRule({
  id: 'base-constraint-positional-arguments',
  title: '`BaseConstraint(name, violation_error_message)` → keyword arguments',
  category: 'models',
  deprecatedIn: '5.0',
  removedIn: '6.0',
  docs: {
    what: 'Finds positional arguments to `django.db.models.BaseConstraint`, and to `super().__init__()` in its direct subclasses (custom constraints).',
    why: 'Django 5.0 made `name` and `violation_error_message` keyword-only; 6.0 raises `TypeError` for positional ones.',
    fixSafety: 'Safe: names the arguments `name=` and `violation_error_message=`, keywords every version accepts.',
  },
  fix: 'safe',
  checklist: ['baseconstraint-positional'],
  truth: { replacements: ['django.db.models.constraints.BaseConstraint'], note: 'the parameters became keyword-only; their names did not change' },
  sites: { callees: ['django.db.models.constraints.BaseConstraint'], methods: { names: ['__init__'], selfOf: ['django.db.models.constraints.BaseConstraint'] } },
  names: ['name', 'violation_error_message'],
  subject: 'Positional arguments to `BaseConstraint`',
  advice: 'pass `name=` and `violation_error_message=` by keyword',
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import BaseConstraint

          class Even(BaseConstraint):
              def __init__(self, *, field, name):
                  super().__init__(name=name)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models import BaseConstraint

          class Even(BaseConstraint):
              def __init__(self, field, name):
                  super().__init__(name, "Must be even")
        `,
        errors: [
          { line: 5, column: 26, message: 'Positional arguments to `BaseConstraint` is deprecated since Django 5.0 and removed in 6.0: pass `name=` and `violation_error_message=` by keyword' },
        ],
        output: dedent`
          from django.db.models import BaseConstraint

          class Even(BaseConstraint):
              def __init__(self, field, name):
                  super().__init__(name=name, violation_error_message="Must be even")
        `,
      },
      {
        code: dedent`
          from django.db.models import BaseConstraint


          class NoOverlap(BaseConstraint):
              def __init__(self, *, fields, name, violation_error_message=None):
                  self.fields = fields
                  super().__init__(name, violation_error_message)
        `,
        errors: [
          { line: 7, column: 26, message: 'Positional arguments to `BaseConstraint` is deprecated since Django 5.0 and removed in 6.0: pass `name=` and `violation_error_message=` by keyword' },
        ],
        output: dedent`
          from django.db.models import BaseConstraint


          class NoOverlap(BaseConstraint):
              def __init__(self, *, fields, name, violation_error_message=None):
                  self.fields = fields
                  super().__init__(name=name, violation_error_message=violation_error_message)
        `,
      },
    ],
  },
});
