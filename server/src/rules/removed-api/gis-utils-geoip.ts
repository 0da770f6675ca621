import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'gis-utils-geoip',
  title: '`django.contrib.gis.utils.GeoIP` → `django.contrib.gis.geoip.GeoIP`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports and uses of `GeoIP` from `django.contrib.gis.utils`.',
    why: 'Django 1.4 moved `GeoIP` to `django.contrib.gis.geoip`; Django 1.6 removed the old import.',
  },
  fix: 'none',
  checklist: ['gis-utils-geoip'],
  names: [
    { old: 'django.contrib.gis.utils.GeoIP', advice: 'import it from `django.contrib.gis.geoip` (Django 1.4 to 1.10), or move to `django.contrib.gis.geoip2.GeoIP2` (1.9+)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.geoip import GeoIP
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.utils import GeoIP

          g = GeoIP()
        `,
        errors: [
          { line: 1, column: 38, message: '`django.contrib.gis.utils.GeoIP` is deprecated since Django 1.4 and removed in 1.6: import it from `django.contrib.gis.geoip` (Django 1.4 to 1.10), or move to `django.contrib.gis.geoip2.GeoIP2` (1.9+)' },
          { line: 3, column: 5, message: '`django.contrib.gis.utils.GeoIP` is deprecated since Django 1.4 and removed in 1.6: import it from `django.contrib.gis.geoip` (Django 1.4 to 1.10), or move to `django.contrib.gis.geoip2.GeoIP2` (1.9+)' },
        ],
      },
      {
        code: dedent`
          from django.contrib.gis.utils import GeoIP, LayerMapping
        `,
        errors: [
          { line: 1, column: 38, message: '`django.contrib.gis.utils.GeoIP` is deprecated since Django 1.4 and removed in 1.6: import it from `django.contrib.gis.geoip` (Django 1.4 to 1.10), or move to `django.contrib.gis.geoip2.GeoIP2` (1.9+)' },
        ],
      },
    ],
  },
});
