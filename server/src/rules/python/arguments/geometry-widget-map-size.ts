import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { callArguments, callsTo, classAssignments, dictPairs, subclassesOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const widgets = ['django.contrib.gis.forms.widgets.BaseGeometryWidget', 'django.contrib.gis.forms.widgets.OpenLayersWidget', 'django.contrib.gis.forms.widgets.OSMWidget'];
const names = ['map_width', 'map_height'];

const rule: PythonRule = {
  id: 'geometry-widget-map-size',
  title: 'GIS widgets\' `map_width`/`map_height` → CSS',
  category: 'removed-api',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  languages: ['python'],
  docsUrl: deprecationNotes('4.2'),
  docs: {
    what: 'Finds `map_width`/`map_height` set in subclasses of the GIS form widgets (`BaseGeometryWidget`, `OpenLayersWidget`, `OSMWidget`) or in their `attrs={…}`.',
    why: 'Django 4.2 sizes the map with CSS; 5.1 removed the attributes, so they are ignored.',
    fixSafety: 'No automatic fix: size the map in CSS (for example `.dj_map_wrapper { width: 800px; }` or the widget\'s `#id_<field>_div_map`).',
  },
  fix: 'none',
  checklist: ['geometrywidget-map-height', 'geometrywidget-map-width'],
  truth: { removed: ['django.contrib.gis.forms.widgets.BaseGeometryWidget.map_width', 'django.contrib.gis.forms.widgets.BaseGeometryWidget.map_height'] },
  check(context: PythonRuleContext) {
    const advice = 'size the map with CSS instead';
    for (const classNode of subclassesOf(context, widgets)) {
      for (const name of names) {
        for (const { left } of classAssignments(classNode, name)) context.report({ node: left, subject: `The GIS widget attribute \`${name}\``, advice });
      }
    }
    for (const { call } of callsTo(context, widgets)) {
      const attrs = callArguments(call).keywords.get('attrs')?.childForFieldName('value');
      if (attrs?.type !== 'dictionary') continue;
      for (const name of names) {
        const pair = dictPairs(attrs).get(name)?.pair;
        if (pair) context.report({ node: pair, subject: `The GIS widget attribute \`${name}\``, advice });
      }
    }
  },
  examples: {
    valid: [{ code: 'from django.contrib.gis import forms\n\nclass Map(forms.OSMWidget):\n    template_name = "map.html"\n' }],
    invalid: [{
      code: 'from django.contrib.gis import forms\n\nclass Map(forms.OSMWidget):\n    map_width = 800\n\nwidget = forms.OSMWidget(attrs={"map_height": 500})\n',
      findings: 2,
    }],
  },
};
export default rule;
