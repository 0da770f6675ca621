import { dedent, movedNamesRule } from '../shapes';

const advice = 'use `django.contrib.gis.forms.widgets.OpenLayersWidget` (or `OSMWidget`) with `GISModelAdmin`';

export default movedNamesRule({
  triggersInCode: true,
  id: 'gis-admin-openlayerswidget',
  title: '`django.contrib.gis.admin.OpenLayersWidget` removed',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docs: {
    what: 'Finds the admin\'s OpenLayers 2 widget, `OpenLayersWidget` from `django.contrib.gis.admin` (or `django.contrib.gis.admin.widgets`).',
    why: 'It belonged to the deprecated `GeoModelAdmin`; Django 4.1 deprecated it and 5.0 removed it. The form widgets of `django.contrib.gis.forms` replace it.',
    fixSafety: 'No fix: the forms widget of the same name takes different options and templates.',
  },
  fix: 'none',
  checklist: ['gis-openlayerswidget'],
  names: [
    { old: 'django.contrib.gis.admin.OpenLayersWidget', subject: '`django.contrib.gis.admin.OpenLayersWidget`', advice },
    { old: 'django.contrib.gis.admin.widgets.OpenLayersWidget', subject: '`django.contrib.gis.admin.widgets.OpenLayersWidget`', advice },
  ],
  truth: {
    removed: ['django.contrib.gis.admin.OpenLayersWidget', 'django.contrib.gis.admin.widgets.OpenLayersWidget'],
    replacements: ['django.contrib.gis.forms.widgets.OpenLayersWidget', 'django.contrib.gis.forms.widgets.OSMWidget'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.forms.widgets import OSMWidget
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.admin.widgets import OpenLayersWidget

          class MapWidget(OpenLayersWidget):
              pass
        `,
        errors: [
          { line: 1, column: 46, message: '`django.contrib.gis.admin.widgets.OpenLayersWidget` is deprecated since Django 4.1 and removed in 5.0: use `django.contrib.gis.forms.widgets.OpenLayersWidget` (or `OSMWidget`) with `GISModelAdmin`' },
          { line: 3, column: 17, message: '`django.contrib.gis.admin.widgets.OpenLayersWidget` is deprecated since Django 4.1 and removed in 5.0: use `django.contrib.gis.forms.widgets.OpenLayersWidget` (or `OSMWidget`) with `GISModelAdmin`' },
        ],
      },
    ],
  },
});
