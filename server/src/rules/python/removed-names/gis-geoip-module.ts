import { deprecationNotes } from '../../docs-links';
import { removedModulesRule } from '../../shapes';

export default removedModulesRule({
  id: 'gis-geoip-module',
  title: '`django.contrib.gis.geoip` (GeoIP) → `django.contrib.gis.geoip2` (GeoIP2)',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
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
    valid: [{ code: 'from django.contrib.gis.geoip2 import GeoIP2\n' }],
    invalid: [{ code: 'from django.contrib.gis.geoip import GeoIP\n\ng = GeoIP()\n', findings: 1 }],
  },
});
