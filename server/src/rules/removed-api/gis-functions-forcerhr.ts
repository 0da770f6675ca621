import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'gis-functions-forcerhr',
  title: '`ForceRHR` → `ForcePolygonCW`',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '3.0',
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
    valid: [
      {
        code: dedent`
          from django.contrib.gis.db.models.functions import ForcePolygonCW
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.db.models.functions import ForceRHR

          zones = Zone.objects.annotate(shape=ForceRHR("poly"))
        `,
        errors: [
          { line: 1, column: 52, message: '`ForceRHR` is deprecated since Django 2.1 and removed in 3.0: use `django.contrib.gis.db.models.functions.ForcePolygonCW`' },
          { line: 3, column: 37, message: '`ForceRHR` is deprecated since Django 2.1 and removed in 3.0: use `django.contrib.gis.db.models.functions.ForcePolygonCW`' },
        ],
        output: dedent`
          from django.contrib.gis.db.models.functions import ForcePolygonCW

          zones = Zone.objects.annotate(shape=ForcePolygonCW("poly"))
        `,
      },
      {
        code: dedent`
          from django.contrib.gis.db.models import functions


          def oriented(queryset):
              return queryset.annotate(shape=functions.ForceRHR("boundary"))
        `,
        errors: [
          { line: 5, column: 36, message: '`ForceRHR` is deprecated since Django 2.1 and removed in 3.0: use `django.contrib.gis.db.models.functions.ForcePolygonCW`' },
        ],
        output: dedent`
          from django.contrib.gis.db.models import functions


          def oriented(queryset):
              return queryset.annotate(shape=functions.ForcePolygonCW("boundary"))
        `,
      },
    ],
  },
});
