import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'db-models-related',
  title: '`django.db.models.related` (`RelatedObject`) → `ForeignObjectRel`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports of `django.db.models.related`, the module of `RelatedObject` (and, from 1.6, `PathInfo`).',
    why: 'Django 1.8\'s new `Model._meta` API replaced `RelatedObject` with `ForeignObjectRel` (what `_meta.get_fields()` returns for a reverse relation) and removed the module without a deprecation period: the import fails.',
  },
  fix: 'none',
  modules: [
    { module: 'django.db.models.related', advice: 'use `ForeignObjectRel` (`django.db.models.fields.related`) for `RelatedObject`: the reverse relations `_meta.get_fields()` returns; `PathInfo` moved to `django.db.models.query_utils`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models.fields.related import ForeignObjectRel
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.related import RelatedObject


          def reverse_relations(model):
              return [RelatedObject(f.rel.to, model, f) for f in model._meta.fields if f.rel]
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.db.models.related` was removed in Django 1.8 without a deprecation period: use `ForeignObjectRel` (`django.db.models.fields.related`) for `RelatedObject`: the reverse relations `_meta.get_fields()` returns; `PathInfo` moved to `django.db.models.query_utils`' },
        ],
      },
      {
        code: dedent`
          from django.db.models import related


          def is_reverse(obj):
              return isinstance(obj, related.RelatedObject)
        `,
        errors: [
          { line: 1, column: 30, message: 'The module `django.db.models.related` was removed in Django 1.8 without a deprecation period: use `ForeignObjectRel` (`django.db.models.fields.related`) for `RelatedObject`: the reverse relations `_meta.get_fields()` returns; `PathInfo` moved to `django.db.models.query_utils`' },
        ],
      },
    ],
  },
});
