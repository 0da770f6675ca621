import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { callArguments } from '../../../engine/python-queries';
import { RemovedMethod, removedMethodsRule } from '../../shapes';

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
  docsUrl: deprecationNotes('1.10'),
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
    valid: [{ code: 'from django.contrib.gis.geos import Point\n\np = Point(1, 2, srid=4326)\nx = p.x\np.srid = 3857\n' }, { code: 'p = make_point()\nx = p.get_x()\n' }],
    invalid: [
      {
        code: 'from django.contrib.gis.geos import Point\n\np = Point(1, 2)\np.set_srid(4326)\nlon = p.get_x()\nok = p.set_y(3) is None\n',
        findings: 3,
        output: 'from django.contrib.gis.geos import Point\n\np = Point(1, 2)\np.srid = 4326\nlon = p.x\nok = p.set_y(3) is None\n',
      },
    ],
  },
});
