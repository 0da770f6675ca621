import { deprecationNotes } from '../../docs-links';
import { subclassAttributeRule } from '../../shapes';

export default subclassAttributeRule({
  id: 'manager-use-for-related-fields',
  title: '`Manager.use_for_related_fields` → `Meta.base_manager_name`',
  category: 'models',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.10'),
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
    valid: [{ code: 'from django.db import models\n\nclass Book(models.Model):\n    class Meta:\n        base_manager_name = "objects"\n' }],
    invalid: [{ code: 'from django.db import models\n\nclass LiveManager(models.Manager):\n    use_for_related_fields = True\n', findings: 1 }],
  },
});
