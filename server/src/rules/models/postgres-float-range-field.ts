import { dedent, movedNamesRule } from '../shapes';

const modules = ['django.contrib.postgres.fields', 'django.contrib.postgres.fields.ranges', 'django.contrib.postgres.forms', 'django.contrib.postgres.forms.ranges'];

export default movedNamesRule({
  triggersInCode: true,
  id: 'postgres-float-range-field',
  title: '`FloatRangeField` → `DecimalRangeField`',
  category: 'models',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  docs: {
    what: 'Finds the PostgreSQL `FloatRangeField` model and form fields.',
    why: 'Its database type was `numrange`, which holds decimals; Django 2.2 deprecated it for `DecimalRangeField` and 3.1 removed it.',
    fixSafety: 'Safe: same database type; values become `Decimal` ranges instead of floats. Needs Django 2.2+.',
  },
  upstream: { djangoUpgrade: 'postgres_float_range_field' },
  fix: 'safe',
  fixMinVersion: '2.2',
  checklist: ['postgres-model-floatrangefield', 'postgres-form-floatrangefield'],
  truth: {
    removed: ['django.contrib.postgres.fields.FloatRangeField', 'django.contrib.postgres.forms.FloatRangeField'],
    replacements: ['django.contrib.postgres.fields.DecimalRangeField', 'django.contrib.postgres.forms.DecimalRangeField'],
  },
  names: modules.map((module) => ({ old: `${module}.FloatRangeField`, replacement: `${module}.DecimalRangeField` })),
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.postgres.fields import DecimalRangeField
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.fields import FloatRangeField
          from django.db import models

          class Reading(models.Model):
              span = FloatRangeField()
        `,
        errors: [
          { line: 1, column: 44, message: '`django.contrib.postgres.fields.FloatRangeField` is deprecated since Django 2.2 and removed in 3.1: use `django.contrib.postgres.fields.DecimalRangeField`' },
          { line: 5, column: 12, message: '`django.contrib.postgres.fields.FloatRangeField` is deprecated since Django 2.2 and removed in 3.1: use `django.contrib.postgres.fields.DecimalRangeField`' },
        ],
        output: dedent`
          from django.contrib.postgres.fields import DecimalRangeField
          from django.db import models

          class Reading(models.Model):
              span = DecimalRangeField()
        `,
      },
      {
        code: dedent`
          from django import forms
          from django.contrib.postgres.forms import FloatRangeField


          class ReadingFilter(forms.Form):
              span = FloatRangeField(required=False)
        `,
        errors: [
          { line: 2, column: 43, message: '`django.contrib.postgres.forms.FloatRangeField` is deprecated since Django 2.2 and removed in 3.1: use `django.contrib.postgres.forms.DecimalRangeField`' },
          { line: 6, column: 12, message: '`django.contrib.postgres.forms.FloatRangeField` is deprecated since Django 2.2 and removed in 3.1: use `django.contrib.postgres.forms.DecimalRangeField`' },
        ],
        output: dedent`
          from django import forms
          from django.contrib.postgres.forms import DecimalRangeField


          class ReadingFilter(forms.Form):
              span = DecimalRangeField(required=False)
        `,
      },
    ],
  },
});
