import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { callArguments } from '../../engine/python-queries';
import { dedent, RemovedMethod, removedMethodsRule } from '../shapes';

const geometries = [/^django\.contrib\.gis\.geos\.([\w.]+\.)?[A-Z]\w*$/, 'django.contrib.gis.geos.fromstr', 'django.contrib.gis.geos.fromfile'];

function getter(name: string, property: string, owner: string): RemovedMethod {
  return {
    name,
    subject: `\`${owner}.${name}()\``,
    advice: `use the \`${property}\` property`,
    rewrite(_context: PythonRuleContext, call: Node, nameNode: Node) {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      if (!list || positional.length || keywords.size || hasSplat) return null;
      return { title: `Use \`.${property}\``, edits: [{ start: nameNode.startIndex, end: call.endIndex, text: property }] };
    },
  };
}

function setter(name: string, property: string, owner: string): RemovedMethod {
  return {
    name,
    subject: `\`${owner}.${name}()\``,
    advice: `assign the \`${property}\` property`,
    rewrite(context: PythonRuleContext, call: Node, nameNode: Node) {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      if (!list || positional.length !== 1 || keywords.size || hasSplat || call.parent?.type !== 'expression_statement') return null;
      const value = context.text.slice(positional[0].startIndex, positional[0].endIndex);
      return { title: `Assign \`.${property}\``, edits: [{ start: nameNode.startIndex, end: call.endIndex, text: `${property} = ${value}` }] };
    },
  };
}

const methods: RemovedMethod[] = [
  getter('get_srid', 'srid', 'GEOSGeometry'),
  setter('set_srid', 'srid', 'GEOSGeometry'),
  ...['x', 'y', 'z'].flatMap((axis) => [getter(`get_${axis}`, axis, 'Point'), setter(`set_${axis}`, axis, 'Point')]),
  getter('get_coords', 'tuple', 'Point'),
  setter('set_coords', 'tuple', 'Point'),
];

export default removedMethodsRule({
  id: 'gis-geos-getters-setters',
  title: 'GEOS `get_srid()`/`set_srid()` and `Point.get_x()`/`set_x()`… → properties',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what:
      'Finds `get_srid()`/`set_srid()` on GEOS geometries and `get_x()`, `set_x()`, `get_y()`, `set_y()`, `get_z()`, `set_z()`, `get_coords()`, ' +
      '`set_coords()` on points, when the geometry is one the file creates (`Point(...)`, `GEOSGeometry(...)`, `fromstr(...)`) or `self` in a subclass.',
    why: 'The properties (`srid`, `x`, `y`, `z`, `tuple`) always existed; Django 1.10 deprecated the getter and setter methods and 2.0 removed them.',
    fixSafety: 'Safe: a getter call becomes the property; a setter call that stands as a statement becomes an assignment. Other setter calls get no fix.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: [
    'geos-get-srid', 'geos-set-srid', 'point-get-x', 'point-set-x', 'point-get-y', 'point-set-y', 'point-get-z', 'point-set-z', 'point-get-coords', 'point-set-coords',
  ],
  classes: geometries,
  overrides: false,
  methods,
  truth: {
    removed: [
      'django.contrib.gis.geos.geometry.GEOSGeometry.get_srid',
      'django.contrib.gis.geos.geometry.GEOSGeometry.set_srid',
      ...methods.filter((m) => m.subject.startsWith('`Point')).map((m) => `django.contrib.gis.geos.point.Point.${m.name}`),
    ],
    replacements: [
      'django.contrib.gis.geos.geometry.GEOSGeometry.srid',
      'django.contrib.gis.geos.point.Point.x',
      'django.contrib.gis.geos.point.Point.y',
      'django.contrib.gis.geos.point.Point.z',
      'django.contrib.gis.geos.point.Point.tuple',
    ],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.geos import Point

          p = Point(1, 2, srid=4326)
          x = p.x
          p.srid = 3857
        `,
      },
      {
        code: dedent`
          p = make_point()
          x = p.get_x()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.geos import Point

          p = Point(1, 2)
          p.set_srid(4326)
          lon = p.get_x()
          ok = p.set_y(3) is None
        `,
        errors: [
          { line: 4, column: 1, message: '`GEOSGeometry.set_srid()` is deprecated since Django 1.10 and removed in 2.0: assign the `srid` property' },
          { line: 5, column: 7, message: '`Point.get_x()` is deprecated since Django 1.10 and removed in 2.0: use the `x` property' },
          { line: 6, column: 6, message: '`Point.set_y()` is deprecated since Django 1.10 and removed in 2.0: assign the `y` property' },
        ],
        output: dedent`
          from django.contrib.gis.geos import Point

          p = Point(1, 2)
          p.srid = 4326
          lon = p.x
          ok = p.set_y(3) is None
        `,
      },
      {
        code: dedent`
          from django.contrib.gis.geos import fromstr


          def shifted_coords():
              point = fromstr("POINT(5 23)", srid=4326)
              point.set_x(6)
              return point.get_coords()
        `,
        errors: [
          { line: 6, column: 5, message: '`Point.set_x()` is deprecated since Django 1.10 and removed in 2.0: assign the `x` property' },
          { line: 7, column: 12, message: '`Point.get_coords()` is deprecated since Django 1.10 and removed in 2.0: use the `tuple` property' },
        ],
        output: dedent`
          from django.contrib.gis.geos import fromstr


          def shifted_coords():
              point = fromstr("POINT(5 23)", srid=4326)
              point.x = 6
              return point.tuple
        `,
      },
    ],
  },
});
