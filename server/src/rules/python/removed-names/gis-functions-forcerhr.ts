import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'gis-functions-forcerhr',
  title: '`ForceRHR` → `ForcePolygonCW`',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '3.0',
  docsUrl: deprecationNotes('2.1'),
  docs: {
    what: 'Finds the GIS database function `django.contrib.gis.db.models.functions.ForceRHR`.',
    why: 'Django 2.1 added `ForcePolygonCW`, which applies the same right-hand rule (exterior ring clockwise, interior rings counter-clockwise) on more backends, and deprecated `ForceRHR`; Django 3.0 removed it.',
    fixSafety: 'Safe: on PostGIS `ST_ForcePolygonCW` orients rings exactly like `ST_ForceRHR`. Needs Django 2.1+.',
  },
  fix: 'safe',
  fixMinVersion: '2.1',
  checklist: ['gis-forcerhr'],
  names: [{ old: 'django.contrib.gis.db.models.functions.ForceRHR', replacement: 'django.contrib.gis.db.models.functions.ForcePolygonCW', subject: '`ForceRHR`' }],
  examples: {
    valid: [{ code: 'from django.contrib.gis.db.models.functions import ForcePolygonCW\n' }],
    invalid: [
      {
        code: 'from django.contrib.gis.db.models.functions import ForceRHR\n\nzones = Zone.objects.annotate(shape=ForceRHR("poly"))\n',
        findings: 2,
        output: 'from django.contrib.gis.db.models.functions import ForcePolygonCW\n\nzones = Zone.objects.annotate(shape=ForcePolygonCW("poly"))\n',
      },
    ],
  },
});
