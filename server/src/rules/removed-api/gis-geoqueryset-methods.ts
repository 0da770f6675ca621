import { managerChainReceiver } from '../../engine/python-queries';
import { dedent, movedNamesRule, PythonRule, RemovedMethod, removedMethodsRule } from '../shapes';

// `union` is left out: `QuerySet.union()` (Django 1.11+) is a different, valid method.
const functions: Array<[string, string]> = [
  ['area', 'Area'], ['centroid', 'Centroid'], ['difference', 'Difference'], ['distance', 'Distance'], ['envelope', 'Envelope'],
  ['force_rhr', 'ForceRHR'], ['geohash', 'GeoHash'], ['geojson', 'AsGeoJSON'], ['gml', 'AsGML'], ['intersection', 'Intersection'],
  ['kml', 'AsKML'], ['length', 'Length'], ['mem_size', 'MemSize'], ['num_geom', 'NumGeometries'], ['num_points', 'NumPoints'],
  ['perimeter', 'Perimeter'], ['point_on_surface', 'PointOnSurface'], ['reverse_geom', 'Reverse'], ['scale', 'Scale'],
  ['snap_to_grid', 'SnapToGrid'], ['svg', 'AsSVG'], ['sym_difference', 'SymDifference'], ['transform', 'Transform'], ['translate', 'Translate'],
];

const methods: RemovedMethod[] = functions.map(([name, fn]) => ({
  name,
  subject: `\`GeoQuerySet.${name}()\``,
  advice: name === 'force_rhr'
    ? 'annotate with the `ForcePolygonCW` database function (Django 2.1+; `ForceRHR` before) from `django.contrib.gis.db.models.functions`'
    : `annotate with the \`${fn}\` database function from \`django.contrib.gis.db.models.functions\``,
}));

const calls = removedMethodsRule({
  id: 'gis-geoqueryset-methods',
  title: 'GeoQuerySet methods (`distance()`, `area()`, `transform()`, `kml()`…) → GIS database functions',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what:
      'Finds the GeoQuerySet methods (`area()`, `distance()`, `transform()`, `kml()`, `centroid()`… but not `union()`, which QuerySets have too) called on ' +
      'a query of a model manager (`City.objects.…`) or on `self` in a `GeoQuerySet` subclass, and the `GeoQuerySet` class itself.',
    why: 'Django 1.9 replaced them with database functions used in `annotate()`; Django 2.0 removed `GeoQuerySet`.',
    fixSafety: 'No fix: the functions need the geometry field named, and the result lands in an annotation you name (the methods used the method\'s name).',
  },
  fix: 'none',
  checklist: ['gis-geoqueryset'],
  classes: ['django.contrib.gis.db.models.query.GeoQuerySet'],
  receiver: managerChainReceiver,
  // A manager chain spells `objects`; a subclass, an instance or the class's import spells `GeoQuerySet`.
  requiresOneOf: ['objects', 'GeoQuerySet'],
  methods,
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.db.models.functions import Distance

          cities = City.objects.annotate(distance=Distance("point", here))
        `,
      },
      {
        code: dedent`
          both = City.objects.filter(a=1).union(City.objects.filter(b=2))
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          cities = City.objects.filter(name="x").distance(here).order_by("distance")
          shapes = Zone.objects.kml()
        `,
        errors: [
          { line: 1, column: 10, message: '`GeoQuerySet.distance()` is deprecated since Django 1.9 and removed in 2.0: annotate with the `Distance` database function from `django.contrib.gis.db.models.functions`' },
          { line: 2, column: 10, message: '`GeoQuerySet.kml()` is deprecated since Django 1.9 and removed in 2.0: annotate with the `AsKML` database function from `django.contrib.gis.db.models.functions`' },
        ],
      },
      {
        code: dedent`
          from django.contrib.gis.db.models.query import GeoQuerySet

          class ZoneQuerySet(GeoQuerySet):
              def sized(self):
                  return self.area()
        `,
        errors: [
          { line: 1, column: 48, message: '`GeoQuerySet` is deprecated since Django 1.9 and removed in 2.0: use a plain `QuerySet` and GIS database functions in `annotate()`' },
          { line: 3, column: 20, message: '`GeoQuerySet` is deprecated since Django 1.9 and removed in 2.0: use a plain `QuerySet` and GIS database functions in `annotate()`' },
          { line: 5, column: 16, message: '`GeoQuerySet.area()` is deprecated since Django 1.9 and removed in 2.0: annotate with the `Area` database function from `django.contrib.gis.db.models.functions`' },
        ],
      },
    ],
  },
});

const classImports = movedNamesRule({
  ...calls,
  names: [{ old: 'django.contrib.gis.db.models.query.GeoQuerySet', subject: '`GeoQuerySet`', advice: 'use a plain `QuerySet` and GIS database functions in `annotate()`' }],
});

const rule: PythonRule = {
  ...calls,
  triggers: [...calls.triggers!, ...classImports.triggers!],
  triggersInCode: true,
  truth: {
    removed: ['django.contrib.gis.db.models.query.GeoQuerySet', ...functions.map(([name]) => `django.contrib.gis.db.models.query.GeoQuerySet.${name}`)],
    // ForceRHR itself was deprecated in 2.1 (see gis-functions-forcerhr), so it is no lasting replacement.
    replacements: functions.filter(([name]) => name !== 'force_rhr').map(([, fn]) => `django.contrib.gis.db.models.functions.${fn}`),
  },
  check(context) {
    calls.check(context);
    classImports.check(context);
  },
};
export default rule;
