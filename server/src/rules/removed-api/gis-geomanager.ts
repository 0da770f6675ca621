import { dedent, movedNamesRule } from '../shapes';

const advice = 'use a plain `models.Manager` once the GeoQuerySet methods are replaced by database functions';

export default movedNamesRule({
  triggersInCode: true,
  id: 'gis-geomanager',
  title: '`GeoManager` → `models.Manager`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
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
    valid: [
      {
        code: dedent`
          from django.contrib.gis.db import models

          class City(models.Model):
              objects = models.Manager()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.db import models

          class City(models.Model):
              point = models.PointField()
              objects = models.GeoManager()
        `,
        errors: [
          { line: 5, column: 15, message: '`GeoManager` is deprecated since Django 1.9 and removed in 2.0: use a plain `models.Manager` once the GeoQuerySet methods are replaced by database functions' },
        ],
        output: dedent`
          from django.contrib.gis.db import models

          class City(models.Model):
              point = models.PointField()
              objects = models.Manager()
        `,
      },
      {
        code: dedent`
          from django.contrib.gis.db.models.manager import GeoManager


          class RegionManager(GeoManager):
              def active(self):
                  return self.filter(active=True)
        `,
        errors: [
          { line: 1, column: 50, message: '`GeoManager` is deprecated since Django 1.9 and removed in 2.0: use a plain `models.Manager` once the GeoQuerySet methods are replaced by database functions' },
          { line: 4, column: 21, message: '`GeoManager` is deprecated since Django 1.9 and removed in 2.0: use a plain `models.Manager` once the GeoQuerySet methods are replaced by database functions' },
        ],
        output: dedent`
          from django.db.models import Manager


          class RegionManager(Manager):
              def active(self):
                  return self.filter(active=True)
        `,
      },
    ],
  },
});
