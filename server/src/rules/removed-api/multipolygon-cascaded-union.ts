import { attributeUseRule, dedent } from '../shapes';

export default attributeUseRule({
  id: 'multipolygon-cascaded-union',
  title: '`MultiPolygon.cascaded_union` → `unary_union`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
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
    valid: [
      {
        code: dedent`
          from shapely.geometry import MultiPolygon

          shape = parts.cascaded_union
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.geos import MultiPolygon

          area = MultiPolygon(a, b).cascaded_union
        `,
        errors: [
          { line: 3, column: 8, message: '`MultiPolygon.cascaded_union` is deprecated since Django 1.10 and removed in 2.0: use `unary_union`' },
        ],
        output: dedent`
          from django.contrib.gis.geos import MultiPolygon

          area = MultiPolygon(a, b).unary_union
        `,
      },
      {
        code: dedent`
          from django.contrib.gis.geos import MultiPolygon


          def coverage(zones):
              merged = MultiPolygon(*[zone.area for zone in zones])
              return merged.cascaded_union.area
        `,
        errors: [
          { line: 6, column: 12, message: '`MultiPolygon.cascaded_union` is deprecated since Django 1.10 and removed in 2.0: use `unary_union`' },
        ],
        output: dedent`
          from django.contrib.gis.geos import MultiPolygon


          def coverage(zones):
              merged = MultiPolygon(*[zone.area for zone in zones])
              return merged.unary_union.area
        `,
      },
    ],
  },
});
