import { dedent, movedNamesRule } from '../shapes';

const advice = 'remove the metaclass and implement `from_db_value()` (and `to_python()`) on the field';

export default movedNamesRule({
  triggersInCode: true,
  id: 'db-models-subfieldbase',
  title: '`SubfieldBase` metaclass → `Field.from_db_value()`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `django.db.models.SubfieldBase` (also from `django.db.models.fields.subclassing`), typically `metaclass=models.SubfieldBase` on custom fields.',
    why: 'Django 1.8 added `Field.from_db_value()` to convert database values; the `SubfieldBase` metaclass, which did it on attribute assignment, was deprecated and removed in Django 1.10.',
    fixSafety: 'No fix: the conversion moves into `from_db_value()`, and `SubfieldBase` also called `to_python()` on every assignment, which `from_db_value()` does not.',
  },
  fix: 'none',
  checklist: ['subfieldbase'],
  names: [
    { old: 'django.db.models.SubfieldBase', subject: '`SubfieldBase`', advice },
    { old: 'django.db.models.fields.subclassing.SubfieldBase', subject: '`SubfieldBase`', advice },
  ],
  truth: {
    removed: ['django.db.models.SubfieldBase', 'django.db.models.fields.subclassing.SubfieldBase'],
    replacements: ['django.db.models.fields.Field.get_db_converters'],
    note: '`from_db_value()` is a hook Django calls when a field defines it (via `get_db_converters()`); Field itself never defines it',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class HandField(models.Field):
              def from_db_value(self, value, expression, connection):
                  return value
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models
          import six

          class HandField(six.with_metaclass(models.SubfieldBase, models.Field)):
              pass
        `,
        errors: [
          { line: 4, column: 36, message: '`SubfieldBase` is deprecated since Django 1.8 and removed in 1.10: remove the metaclass and implement `from_db_value()` (and `to_python()`) on the field' },
        ],
      },
      {
        code: dedent`
          from django.db.models.fields.subclassing import SubfieldBase
        `,
        errors: [
          { line: 1, column: 49, message: '`SubfieldBase` is deprecated since Django 1.8 and removed in 1.10: remove the metaclass and implement `from_db_value()` (and `to_python()`) on the field' },
        ],
      },
    ],
  },
});
