import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'db-models-add-lazy-relation',
  title: 'Private `add_lazy_relation()` → `lazy_related_operation()`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `django.db.models.fields.related.add_lazy_relation` (private API).',
    why: 'Django 1.9 superseded it with `lazy_related_operation()` (built on `Apps.lazy_model_operation()`); Django 2.0 removed it.',
    fixSafety: 'No fix: the replacement takes its arguments in a different order and calls the function with the resolved models.',
  },
  fix: 'none',
  checklist: ['add-lazy-relation'],
  names: [
    {
      old: 'django.db.models.fields.related.add_lazy_relation',
      subject: '`add_lazy_relation()`',
      advice: 'use `lazy_related_operation(function, model, related_model, field=field)` from the same module',
    },
  ],
  truth: {
    removed: ['django.db.models.fields.related.add_lazy_relation'],
    replacements: ['django.db.models.fields.related.lazy_related_operation'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models.fields.related import lazy_related_operation
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.fields.related import add_lazy_relation

          add_lazy_relation(cls, field, "app.Model", resolve)
        `,
        errors: [
          { line: 1, column: 45, message: '`add_lazy_relation()` is deprecated since Django 1.9 and removed in 2.0: use `lazy_related_operation(function, model, related_model, field=field)` from the same module' },
          { line: 3, column: 1, message: '`add_lazy_relation()` is deprecated since Django 1.9 and removed in 2.0: use `lazy_related_operation(function, model, related_model, field=field)` from the same module' },
        ],
      },
    ],
  },
});
