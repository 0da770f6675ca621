import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

const modules = ['django.contrib.postgres.fields', 'django.contrib.postgres.fields.ranges', 'django.contrib.postgres.forms', 'django.contrib.postgres.forms.ranges'];

export default movedNamesRule({
  id: 'postgres-float-range-field',
  title: '`FloatRangeField` → `DecimalRangeField`',
  category: 'models',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  docsUrl: deprecationNotes('2.2'),
  docs: {
    what: 'Finds the PostgreSQL `FloatRangeField` model and form fields (django-upgrade: `postgres_float_range_field`).',
    why: 'Its database type was `numrange`, which holds decimals; Django 2.2 deprecated it for `DecimalRangeField` and 3.1 removed it.',
    fixSafety: 'Safe: same database type; values become `Decimal` ranges instead of floats. Needs Django 2.2+.',
  },
  fix: 'safe',
  fixMinVersion: '2.2',
  checklist: ['postgres-model-floatrangefield', 'postgres-form-floatrangefield'],
  truth: {
    removed: ['django.contrib.postgres.fields.FloatRangeField', 'django.contrib.postgres.forms.FloatRangeField'],
    replacements: ['django.contrib.postgres.fields.DecimalRangeField', 'django.contrib.postgres.forms.DecimalRangeField'],
  },
  names: modules.map((module) => ({ old: `${module}.FloatRangeField`, replacement: `${module}.DecimalRangeField` })),
  examples: {
    valid: [{ code: 'from django.contrib.postgres.fields import DecimalRangeField\n' }],
    invalid: [{
      code: 'from django.contrib.postgres.fields import FloatRangeField\nfrom django.db import models\n\nclass Reading(models.Model):\n    span = FloatRangeField()\n',
      findings: 2,
      output: 'from django.contrib.postgres.fields import DecimalRangeField\nfrom django.db import models\n\nclass Reading(models.Model):\n    span = DecimalRangeField()\n',
    }],
  },
});
