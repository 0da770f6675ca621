import { deprecationNotes } from '../../docs-links';
import { renamedKeywordRule } from '../../shapes';

export default renamedKeywordRule({
  id: 'check-constraint-condition',
  title: '`CheckConstraint(check=…)` → `condition=`',
  category: 'models',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.1'),
  docs: {
    what: 'Finds the `check` argument of `CheckConstraint` (django-upgrade: `check_constraint_condition`).',
    why: 'Django 5.1 renamed it `condition`, like the other constraints; 6.0 removed `check`.',
    fixSafety: 'Safe: the same constraint (no migration change). Needs Django 5.1+.',
  },
  fix: 'safe',
  fixMinVersion: '5.1',
  checklist: ['checkconstraint-check'],
  truth: { removedParameters: [{ symbol: 'django.db.models.constraints.CheckConstraint', name: 'check' }] },
  callables: ['django.db.models.CheckConstraint', 'django.db.models.constraints.CheckConstraint', 'django.contrib.gis.db.models.CheckConstraint'],
  renames: { check: 'condition' },
  display: 'CheckConstraint',
  examples: {
    valid: [{ code: 'from django.db import models\n\nrule = models.CheckConstraint(condition=models.Q(age__gte=18), name="adult")\n' }],
    invalid: [{
      code: 'from django.db import models\n\nclass Person(models.Model):\n    class Meta:\n        constraints = [models.CheckConstraint(check=models.Q(age__gte=18), name="adult")]\n',
      findings: 1,
      output: 'from django.db import models\n\nclass Person(models.Model):\n    class Meta:\n        constraints = [models.CheckConstraint(condition=models.Q(age__gte=18), name="adult")]\n',
    }],
  },
});
