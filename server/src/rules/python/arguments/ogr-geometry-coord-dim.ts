import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { importsFrom } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'ogr-geometry-coord-dim',
  title: '`OGRGeometry.coord_dim = n` → `set_3d()`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  languages: ['python'],
  docsUrl: deprecationNotes('5.1'),
  docs: {
    what: 'Finds assignments to `.coord_dim` (not on `self`) in modules that import from `django.contrib.gis`.',
    why: 'Django 5.1 deprecated the `coord_dim` setter of GDAL geometries for `set_3d()`; 6.0 removed it (`AttributeError`).',
    fixSafety: 'Safe for the literals 2 and 3: `g.coord_dim = 3` becomes `g.set_3d(True)` and `= 2` becomes `g.set_3d(False)` (Django 5.1+).',
  },
  fix: 'safe',
  fixMinVersion: '5.1',
  checklist: ['ogrgeometry-coord-dim-setter'],
  truth: { replacements: ['django.contrib.gis.gdal.geometries.OGRGeometry.set_3d'], note: 'only the setter of the `coord_dim` property went away; the getter stays' },
  check(context: PythonRuleContext) {
    if (!importsFrom(context, ['django.contrib.gis'])) return;
    for (const assignment of context.tree.rootNode.descendantsOfType('assignment')) {
      const left = assignment?.childForFieldName('left');
      const right = assignment?.childForFieldName('right');
      if (!assignment || left?.type !== 'attribute' || left.childForFieldName('attribute')?.text !== 'coord_dim' || !right) continue;
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
    valid: [{ code: 'from django.contrib.gis.gdal import OGRGeometry\n\ngeom = OGRGeometry("POINT (1 2)")\ngeom.set_3d(True)\ndims = geom.coord_dim\n' }],
    invalid: [{
      code: 'from django.contrib.gis.gdal import OGRGeometry\n\ngeom = OGRGeometry("POINT (1 2)")\ngeom.coord_dim = 3\n',
      findings: 1,
      output: 'from django.contrib.gis.gdal import OGRGeometry\n\ngeom = OGRGeometry("POINT (1 2)")\ngeom.set_3d(True)\n',
    }],
  },
};
export default rule;
