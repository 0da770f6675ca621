import { dedent, subclassAttributeRule } from '../shapes';

export default subclassAttributeRule({
  id: 'manager-use-for-related-fields',
  title: '`Manager.use_for_related_fields` → `Meta.base_manager_name`',
  category: 'models',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `use_for_related_fields` in subclasses of `models.Manager`.',
    why: 'Django 1.10 replaced it with the model\'s `Meta.base_manager_name`; 2.0 ignores the attribute, so related lookups silently use the plain base manager.',
    fixSafety: 'No automatic fix: set `base_manager_name = "<manager attribute>"` in the `Meta` of the models that use the manager.',
  },
  fix: 'none',
  checklist: ['manager-use-for-related-fields'],
  truth: { replacements: ['django.db.models.options.Options.base_manager'], note: 'Django read `use_for_related_fields` from user managers with getattr; it was never an attribute of its own classes' },
  bases: ['django.db.models.manager.BaseManager', 'django.db.models.manager.Manager', 'django.contrib.gis.db.models.manager.GeoManager'],
  baseName: 'Manager',
  members: [{ name: 'use_for_related_fields', advice: 'set `Meta.base_manager_name` on the model instead' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class Book(models.Model):
              class Meta:
                  base_manager_name = "objects"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class LiveManager(models.Manager):
              use_for_related_fields = True
        `,
        errors: [
          { line: 4, column: 5, message: '`Manager.use_for_related_fields` is deprecated since Django 1.10 and removed in 2.0: set `Meta.base_manager_name` on the model instead' },
        ],
      },
    ],
  },
});
