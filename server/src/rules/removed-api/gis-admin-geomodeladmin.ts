import { dedent, movedNamesRule } from '../shapes';

const advice = 'use `GISModelAdmin` (its map options go in `gis_widget_kwargs`)';

export default movedNamesRule({
  triggersInCode: true,
  id: 'gis-admin-geomodeladmin',
  title: '`GeoModelAdmin`/`OSMGeoAdmin` → `GISModelAdmin`',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '5.0',
  docs: {
    what: 'Finds `GeoModelAdmin` and `OSMGeoAdmin` from `django.contrib.gis.admin` (or `django.contrib.gis.admin.options`).',
    why: 'Django 4.0 added `GISModelAdmin`, which uses the form widgets of `django.contrib.gis.forms` (OpenStreetMap by default), and deprecated the old admin classes and their OpenLayers 2 widget; Django 5.0 removed them.',
    fixSafety:
      'Quick fix only: swaps the base class. Options of the old classes (`default_lon`, `default_zoom`, `map_width`, `openlayers_url`…) do nothing on ' +
      '`GISModelAdmin` and must move into `gis_widget_kwargs`. Needs Django 4.0+.',
  },
  fix: 'unsafe',
  fixMinVersion: '4.0',
  checklist: ['gis-geomodeladmin', 'gis-osmgeoadmin'],
  names: [
    { old: 'django.contrib.gis.admin.GeoModelAdmin', replacement: 'django.contrib.gis.admin.GISModelAdmin', subject: '`GeoModelAdmin`', advice },
    { old: 'django.contrib.gis.admin.OSMGeoAdmin', replacement: 'django.contrib.gis.admin.GISModelAdmin', subject: '`OSMGeoAdmin`', advice },
    { old: 'django.contrib.gis.admin.options.GeoModelAdmin', replacement: 'django.contrib.gis.admin.options.GISModelAdmin', subject: '`GeoModelAdmin`', advice },
    { old: 'django.contrib.gis.admin.options.OSMGeoAdmin', replacement: 'django.contrib.gis.admin.options.GISModelAdmin', subject: '`OSMGeoAdmin`', advice },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis import admin

          class CityAdmin(admin.GISModelAdmin):
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis import admin

          class CityAdmin(admin.OSMGeoAdmin):
              default_zoom = 8
        `,
        errors: [
          { line: 3, column: 17, message: '`OSMGeoAdmin` is deprecated since Django 4.0 and removed in 5.0: use `GISModelAdmin` (its map options go in `gis_widget_kwargs`)' },
        ],
        output: dedent`
          from django.contrib.gis import admin

          class CityAdmin(admin.GISModelAdmin):
              default_zoom = 8
        `,
      },
      {
        code: dedent`
          from django.contrib.gis.admin import GeoModelAdmin


          class ParcelAdmin(GeoModelAdmin):
              list_display = ["name"]
              map_width = 800
        `,
        errors: [
          { line: 1, column: 38, message: '`GeoModelAdmin` is deprecated since Django 4.0 and removed in 5.0: use `GISModelAdmin` (its map options go in `gis_widget_kwargs`)' },
          { line: 4, column: 19, message: '`GeoModelAdmin` is deprecated since Django 4.0 and removed in 5.0: use `GISModelAdmin` (its map options go in `gis_widget_kwargs`)' },
        ],
        output: dedent`
          from django.contrib.gis.admin import GISModelAdmin


          class ParcelAdmin(GISModelAdmin):
              list_display = ["name"]
              map_width = 800
        `,
      },
    ],
  },
});
