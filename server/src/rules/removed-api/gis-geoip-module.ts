import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'gis-geoip-module',
  title: '`django.contrib.gis.geoip` (GeoIP) → `django.contrib.gis.geoip2` (GeoIP2)',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds imports of `django.contrib.gis.geoip` (the `GeoIP` class for the legacy MaxMind GeoIP databases).',
    why: 'MaxMind retired the legacy GeoIP format; Django 1.9 added `GeoIP2` for GeoLite2/GeoIP2 databases, deprecated `GeoIP`, and Django 2.0 removed it.',
    fixSafety: 'No fix: `GeoIP2` needs the new database files (`GEOIP_PATH` pointing at `.mmdb` files) and some methods differ (`coords()` order, no `*_by_addr` variants).',
  },
  fix: 'none',
  checklist: ['gis-geoip'],
  modules: [{ module: 'django.contrib.gis.geoip', advice: 'use `django.contrib.gis.geoip2.GeoIP2` with GeoLite2/GeoIP2 databases' }],
  truth: { removed: ['django.contrib.gis.geoip', 'django.contrib.gis.geoip.GeoIP'], replacements: ['django.contrib.gis.geoip2.GeoIP2'] },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.geoip2 import GeoIP2
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.geoip import GeoIP

          g = GeoIP()
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.contrib.gis.geoip` is deprecated since Django 1.9 and removed in 2.0: use `django.contrib.gis.geoip2.GeoIP2` with GeoLite2/GeoIP2 databases' },
        ],
      },
    ],
  },
});
