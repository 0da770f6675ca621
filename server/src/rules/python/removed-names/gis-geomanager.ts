import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

const advice = 'use a plain `models.Manager` once the GeoQuerySet methods are replaced by database functions';

export default movedNamesRule({
  id: 'gis-geomanager',
  title: '`GeoManager` → `models.Manager`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `django.contrib.gis.db.models.GeoManager` (also from `django.contrib.gis.db.models.manager`).',
    why: 'Since Django 1.9 a plain manager handles geometry fields; `GeoManager` only added the deprecated GeoQuerySet methods. Django 2.0 removed it.',
    fixSafety:
      'Quick fix only: replaces it with `Manager` (from the module it was imported from; the GIS models module re-exports Django\'s). ' +
      'Calls of GeoQuerySet methods (`distance()`, `area()`…) on that manager then fail until they become annotations with GIS functions.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.8',
  checklist: ['gis-geomanager'],
  names: [
    { old: 'django.contrib.gis.db.models.GeoManager', replacement: 'django.contrib.gis.db.models.Manager', subject: '`GeoManager`', advice },
    { old: 'django.contrib.gis.db.models.manager.GeoManager', replacement: 'django.db.models.Manager', subject: '`GeoManager`', advice },
  ],
  examples: {
    valid: [{ code: 'from django.contrib.gis.db import models\n\nclass City(models.Model):\n    objects = models.Manager()\n' }],
    invalid: [
      {
        code: 'from django.contrib.gis.db import models\n\nclass City(models.Model):\n    point = models.PointField()\n    objects = models.GeoManager()\n',
        findings: 1,
        output: 'from django.contrib.gis.db import models\n\nclass City(models.Model):\n    point = models.PointField()\n    objects = models.Manager()\n',
      },
    ],
  },
});
