import { dedent, renamedKeywordRule } from '../shapes';

export default renamedKeywordRule({
  id: 'check-constraint-condition',
  title: '`CheckConstraint(check=…)` → `condition=`',
  category: 'models',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docs: {
    what: 'Finds the `check` argument of `CheckConstraint`.',
    why: 'Django 5.1 renamed it `condition`, like the other constraints; 6.0 removed `check`.',
    fixSafety: 'Safe: the same constraint (no migration change). Needs Django 5.1+.',
  },
  upstream: { djangoUpgrade: 'check_constraint_condition' },
  fix: 'safe',
  fixMinVersion: '5.1',
  checklist: ['checkconstraint-check'],
  truth: { removedParameters: [{ symbol: 'django.db.models.constraints.CheckConstraint', name: 'check' }] },
  callables: ['django.db.models.CheckConstraint', 'django.db.models.constraints.CheckConstraint', 'django.contrib.gis.db.models.CheckConstraint'],
  renames: { check: 'condition' },
  display: 'CheckConstraint',
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          rule = models.CheckConstraint(condition=models.Q(age__gte=18), name="adult")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class Person(models.Model):
              class Meta:
                  constraints = [models.CheckConstraint(check=models.Q(age__gte=18), name="adult")]
        `,
        errors: [
          { line: 5, column: 47, message: '`CheckConstraint(check=…)` is deprecated since Django 5.1 and removed in 6.0: use `condition=`' },
        ],
        output: dedent`
          from django.db import models

          class Person(models.Model):
              class Meta:
                  constraints = [models.CheckConstraint(condition=models.Q(age__gte=18), name="adult")]
        `,
      },
      {
        code: dedent`
          from django.db import models
          from django.db.models import CheckConstraint, Q


          class Product(models.Model):
              price = models.DecimalField(max_digits=8, decimal_places=2)

              class Meta:
                  constraints = [
                      CheckConstraint(check=Q(price__gte=0), name="price_not_negative"),
                  ]
        `,
        errors: [
          { line: 10, column: 29, message: '`CheckConstraint(check=…)` is deprecated since Django 5.1 and removed in 6.0: use `condition=`' },
        ],
        output: dedent`
          from django.db import models
          from django.db.models import CheckConstraint, Q


          class Product(models.Model):
              price = models.DecimalField(max_digits=8, decimal_places=2)

              class Meta:
                  constraints = [
                      CheckConstraint(condition=Q(price__gte=0), name="price_not_negative"),
                  ]
        `,
      },
    ],
  },
});
