import { methodsOf, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { modelFields } from '../shapes/arguments';

export default definePythonRule({
  id: 'field-get-placeholder',
  title: '`Field.get_placeholder()` → `get_placeholder_sql()`',
  category: 'models',
  deprecatedIn: '6.1',
  removedIn: null,
  docs: {
    what: 'Finds `get_placeholder()` defined in subclasses of model fields that do not define `get_placeholder_sql()`.',
    why: 'Django 6.1 replaced the undocumented `Field.get_placeholder()` (an SQL format string) with `get_placeholder_sql()`, which returns the SQL and its parameters and compiles expressions with the given compiler; a field defining only the old method gets a deprecation warning and a wrapper.',
  },
  fix: 'none',
  truth: { note: 'Django 6.1 warns in `Field.__init_subclass__` when a subclass defines `get_placeholder` without `get_placeholder_sql` (checked in 6.1.3); the base class never had the method' },
  triggers: ['get_placeholder'],
  check(context) {
    for (const cls of subclassesOf(context, modelFields)) {
      if (methodsOf(cls, 'get_placeholder_sql').length > 0) continue;
      for (const { nameNode } of methodsOf(cls, 'get_placeholder')) {
        context.report({ node: nameNode, subject: '`get_placeholder()` without `get_placeholder_sql()`', advice: 'define `get_placeholder_sql(self, value, compiler, connection)`, returning `(sql, params)`' });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models


          class PointField(models.Field):
              def get_placeholder_sql(self, value, compiler, connection):
                  return "ST_GeomFromText(%s)", (value,)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models


          class PointField(models.Field):
              def get_placeholder(self, value, compiler, connection):
                  return "ST_GeomFromText(%s)"
        `,
        errors: [
          { line: 5, column: 9, message: '`get_placeholder()` without `get_placeholder_sql()` is deprecated since Django 6.1: define `get_placeholder_sql(self, value, compiler, connection)`, returning `(sql, params)`' },
        ],
      },
    ],
  },
});
