import { deprecationNotes } from '../../docs-links';
import { attributeUseRule } from '../../shapes';

export default attributeUseRule({
  id: 'multipolygon-cascaded-union',
  title: '`MultiPolygon.cascaded_union` → `unary_union`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds `.cascaded_union` in modules that import from `django.contrib.gis`.',
    why: 'Django 1.10 added `GEOSGeometry.unary_union` (GEOS deprecated cascaded unions); 2.0 removed `MultiPolygon.cascaded_union` (`AttributeError`).',
    fixSafety: 'Safe: `unary_union` gives the same union. Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['multipolygon-cascaded-union'],
  truth: { removed: ['django.contrib.gis.geos.collections.MultiPolygon.cascaded_union'], replacements: ['django.contrib.gis.geos.geometry.GEOSGeometry.unary_union'] },
  fileImports: ['django.contrib.gis'],
  attributes: [{ name: 'cascaded_union', rename: 'unary_union', subject: '`MultiPolygon.cascaded_union`', advice: 'use `unary_union`' }],
  examples: {
    valid: [{ code: 'from shapely.geometry import MultiPolygon\n\nshape = parts.cascaded_union\n' }],
    invalid: [{
      code: 'from django.contrib.gis.geos import MultiPolygon\n\narea = MultiPolygon(a, b).cascaded_union\n',
      findings: 1,
      output: 'from django.contrib.gis.geos import MultiPolygon\n\narea = MultiPolygon(a, b).unary_union\n',
    }],
  },
});
