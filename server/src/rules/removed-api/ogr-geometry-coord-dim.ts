import { attributeAccesses, importsFrom, sameNode } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'ogr-geometry-coord-dim',
  title: '`OGRGeometry.coord_dim = n` → `set_3d()`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docs: {
    what: 'Finds assignments to `.coord_dim` (not on `self`) in modules that import from `django.contrib.gis`.',
    why: 'Django 5.1 deprecated the `coord_dim` setter of GDAL geometries for `set_3d()`; 6.0 removed it (`AttributeError`).',
    fixSafety: 'Safe for the literals 2 and 3: `g.coord_dim = 3` becomes `g.set_3d(True)` and `= 2` becomes `g.set_3d(False)` (Django 5.1+).',
  },
  fix: 'safe',
  fixMinVersion: '5.1',
  checklist: ['ogrgeometry-coord-dim-setter'],
  truth: { replacements: ['django.contrib.gis.gdal.geometries.OGRGeometry.set_3d'], note: 'only the setter of the `coord_dim` property went away; the getter stays' },
  triggers: ['coord_dim'],
  check(context) {
    if (!importsFrom(context, ['django.contrib.gis'])) return;
    for (const left of attributeAccesses(context, 'coord_dim')) {
      const assignment = left.parent;
      const right = assignment?.childForFieldName('right');
      if (assignment?.type !== 'assignment' || !sameNode(assignment.childForFieldName('left'), left) || !right) continue;
      const object = left.childForFieldName('object')!;
      if (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls')) continue;
      const value = right.text === '3' ? 'True' : right.text === '2' ? 'False' : null;
      context.report({
        node: left,
        subject: 'Setting `OGRGeometry.coord_dim`',
        advice: 'call `set_3d(True)` or `set_3d(False)`',
        fix: value && assignment.parent?.type === 'expression_statement'
          ? { title: `Use \`set_3d(${value})\``, edits: [{ start: assignment.startIndex, end: assignment.endIndex, text: `${object.text}.set_3d(${value})` }] }
          : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.gdal import OGRGeometry

          geom = OGRGeometry("POINT (1 2)")
          geom.set_3d(True)
          dims = geom.coord_dim
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.gdal import OGRGeometry

          geom = OGRGeometry("POINT (1 2)")
          geom.coord_dim = 3
        `,
        errors: [
          { line: 4, column: 1, message: 'Setting `OGRGeometry.coord_dim` is deprecated since Django 5.1 and removed in 6.0: call `set_3d(True)` or `set_3d(False)`' },
        ],
        output: dedent`
          from django.contrib.gis.gdal import OGRGeometry

          geom = OGRGeometry("POINT (1 2)")
          geom.set_3d(True)
        `,
      },
      {
        code: dedent`
          from django.contrib.gis.gdal import OGRGeometry


          def flatten(wkt):
              geometry = OGRGeometry(wkt)
              geometry.coord_dim = 2
              return geometry.wkt
        `,
        errors: [
          { line: 6, column: 5, message: 'Setting `OGRGeometry.coord_dim` is deprecated since Django 5.1 and removed in 6.0: call `set_3d(True)` or `set_3d(False)`' },
        ],
        output: dedent`
          from django.contrib.gis.gdal import OGRGeometry


          def flatten(wkt):
              geometry = OGRGeometry(wkt)
              geometry.set_3d(False)
              return geometry.wkt
        `,
      },
    ],
  },
});
