import { dedent, keywordArgumentRule } from '../shapes';

const constraint = 'django.contrib.postgres.constraints.ExclusionConstraint';

export default keywordArgumentRule({
  id: 'exclusion-constraint-opclasses',
  title: '`ExclusionConstraint(opclasses=…)` → `OpClass()` expressions',
  category: 'models',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docs: {
    what: 'Finds the `opclasses` argument of `django.contrib.postgres.constraints.ExclusionConstraint`.',
    why: 'Django 4.1 lets expressions carry their operator class (`OpClass(expression, name=…)`); 5.0 removed `opclasses` (`TypeError`, also in migrations).',
    fixSafety: 'No automatic fix: wrap each expression in `OpClass(…, name="<opclass>")` (from `django.contrib.postgres.indexes`); the migration changes too.',
  },
  fix: 'none',
  checklist: ['exclusionconstraint-opclasses'],
  truth: { removedParameters: [{ symbol: constraint, name: 'opclasses' }], replacements: ['django.contrib.postgres.indexes.OpClass'] },
  sites: { callees: [constraint] },
  keywords: [{ name: 'opclasses', advice: 'wrap the expressions in `OpClass(expression, name=…)` instead' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.postgres.constraints import ExclusionConstraint
          from django.contrib.postgres.indexes import OpClass

          c = ExclusionConstraint(name="x", expressions=[(OpClass("room", name="gist_int4_ops"), "=")])
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.constraints import ExclusionConstraint

          c = ExclusionConstraint(name="x", expressions=[("room", "=")], opclasses=["gist_int4_ops"])
        `,
        errors: [
          { line: 3, column: 64, message: '`ExclusionConstraint(opclasses=…)` is deprecated since Django 4.1 and removed in 5.0: wrap the expressions in `OpClass(expression, name=…)` instead' },
        ],
      },
    ],
  },
});
