import { managerChainReceiver } from '../../engine/python-queries';
import { dedent, RemovedMethod, removedMethodsRule } from '../shapes';

const aggregates: Array<[string, string]> = [
  ['collect', 'Collect'],
  ['extent', 'Extent'],
  ['extent3d', 'Extent3D'],
  ['make_line', 'MakeLine'],
  ['unionagg', 'Union'],
];

const methods: RemovedMethod[] = aggregates.map(([name, aggregate]) => ({
  name,
  subject: `\`GeoQuerySet.${name}()\``,
  advice: `use \`.aggregate(${aggregate}("<geometry field>"))\` with \`django.contrib.gis.db.models.${aggregate}\``,
}));

export default removedMethodsRule({
  id: 'gis-geoqueryset-aggregates',
  title: 'GeoQuerySet aggregate methods (`extent()`, `collect()`, `make_line()`, `unionagg()`…) → `aggregate()`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what:
      'Finds `collect()`, `extent()`, `extent3d()`, `make_line()` and `unionagg()` called on a query of a model manager (`City.objects.…`), ' +
      'on a `GeoQuerySet` the file creates, or on `self` in a `GeoQuerySet` subclass.',
    why: 'Django 1.8 made the GIS aggregates regular aggregate expressions; the GeoQuerySet shortcuts were deprecated and Django 1.10 removed them.',
    fixSafety: 'No fix: the aggregate needs the geometry field\'s name (the methods found it themselves), and the result comes back in a dict.',
  },
  fix: 'none',
  checklist: ['geoqueryset-collect', 'geoqueryset-extent', 'geoqueryset-extent3d', 'geoqueryset-make-line', 'geoqueryset-unionagg'],
  classes: ['django.contrib.gis.db.models.query.GeoQuerySet'],
  receiver: managerChainReceiver,
  methods,
  truth: {
    removed: aggregates.map(([name]) => `django.contrib.gis.db.models.query.GeoQuerySet.${name}`),
    replacements: aggregates.map(([, aggregate]) => `django.contrib.gis.db.models.${aggregate}`),
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.db.models import Extent

          box = City.objects.aggregate(Extent("point"))
        `,
      },
      {
        code: dedent`
          report.extent()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          box = City.objects.filter(name__startswith="A").extent()
          line = City.objects.make_line()
        `,
        errors: [
          { line: 1, column: 7, message: '`GeoQuerySet.extent()` is deprecated since Django 1.8 and removed in 1.10: use `.aggregate(Extent("<geometry field>"))` with `django.contrib.gis.db.models.Extent`' },
          { line: 2, column: 8, message: '`GeoQuerySet.make_line()` is deprecated since Django 1.8 and removed in 1.10: use `.aggregate(MakeLine("<geometry field>"))` with `django.contrib.gis.db.models.MakeLine`' },
        ],
      },
    ],
  },
});
