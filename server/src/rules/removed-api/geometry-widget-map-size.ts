import { callArguments, callsTo, classAssignments, dictPairs, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const widgets = ['django.contrib.gis.forms.widgets.BaseGeometryWidget', 'django.contrib.gis.forms.widgets.OpenLayersWidget', 'django.contrib.gis.forms.widgets.OSMWidget'];
const names = ['map_width', 'map_height'];

export default definePythonRule({
  id: 'geometry-widget-map-size',
  title: 'GIS widgets\' `map_width`/`map_height` → CSS',
  category: 'removed-api',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docs: {
    what: 'Finds `map_width`/`map_height` set in subclasses of the GIS form widgets (`BaseGeometryWidget`, `OpenLayersWidget`, `OSMWidget`) or in their `attrs={…}`.',
    why: 'Django 4.2 sizes the map with CSS; 5.1 removed the attributes, so they are ignored.',
    fixSafety: 'No automatic fix: size the map in CSS (for example `.dj_map_wrapper { width: 800px; }` or the widget\'s `#id_<field>_div_map`).',
  },
  fix: 'none',
  checklist: ['geometrywidget-map-height', 'geometrywidget-map-width'],
  truth: { removed: ['django.contrib.gis.forms.widgets.BaseGeometryWidget.map_width', 'django.contrib.gis.forms.widgets.BaseGeometryWidget.map_height'] },
  triggers: ['map_width', 'map_height'],
  check(context) {
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
    valid: [
      {
        code: dedent`
          from django.contrib.gis import forms

          class Map(forms.OSMWidget):
              template_name = "map.html"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis import forms

          class Map(forms.OSMWidget):
              map_width = 800

          widget = forms.OSMWidget(attrs={"map_height": 500})
        `,
        errors: [
          { line: 4, column: 5, message: 'The GIS widget attribute `map_width` is deprecated since Django 4.2 and removed in 5.1: size the map with CSS instead' },
          { line: 6, column: 33, message: 'The GIS widget attribute `map_height` is deprecated since Django 4.2 and removed in 5.1: size the map with CSS instead' },
        ],
      },
    ],
  },
});
