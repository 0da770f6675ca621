import { dedent, movedNamesRule } from '../shapes';

const advice = 'use `WKTWriter(precision=n).write(geometry)` from `django.contrib.gis.geos`';

export default movedNamesRule({
  triggersInCode: true,
  id: 'gis-utils-precision-wkt',
  title: '`django.contrib.gis.utils.precision_wkt()` → `WKTWriter(precision=…)`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `precision_wkt()` from `django.contrib.gis.utils` (or `django.contrib.gis.utils.wkt`).',
    why: 'Django 1.10 gave `WKTWriter` a `precision` option and deprecated the helper; Django 2.0 removed it.',
    fixSafety: 'No fix: `WKTWriter.write()` returns bytes and its number formatting differs slightly from the helper\'s format strings.',
  },
  fix: 'none',
  checklist: ['gis-precision-wkt'],
  names: [
    { old: 'django.contrib.gis.utils.precision_wkt', subject: '`precision_wkt()`', advice },
    { old: 'django.contrib.gis.utils.wkt.precision_wkt', subject: '`precision_wkt()`', advice },
  ],
  truth: {
    removed: ['django.contrib.gis.utils.precision_wkt', 'django.contrib.gis.utils.wkt.precision_wkt'],
    replacements: ['django.contrib.gis.geos.WKTWriter'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.geos import WKTWriter

          wkt = WKTWriter(precision=2).write(point)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.utils import precision_wkt

          wkt = precision_wkt(point, 2)
        `,
        errors: [
          { line: 1, column: 38, message: '`precision_wkt()` is deprecated since Django 1.10 and removed in 2.0: use `WKTWriter(precision=n).write(geometry)` from `django.contrib.gis.geos`' },
          { line: 3, column: 7, message: '`precision_wkt()` is deprecated since Django 1.10 and removed in 2.0: use `WKTWriter(precision=n).write(geometry)` from `django.contrib.gis.geos`' },
        ],
      },
    ],
  },
});
