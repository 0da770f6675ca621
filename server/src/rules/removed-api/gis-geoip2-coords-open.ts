import { callArguments, namesAny, qualifiedNameOf, receiverResolvesTo } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

const classes = ['django.contrib.gis.geoip2.GeoIP2', 'django.contrib.gis.geoip2.base.GeoIP2'];

export default removedMethodsRule({
  id: 'gis-geoip2-coords-open',
  title: '`GeoIP2.coords()` → `lon_lat()`, `GeoIP2.open()` → `GeoIP2()`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docs: {
    what: 'Finds `coords()` on a `GeoIP2` object the file creates (or `self` in a subclass), and `GeoIP2.open(...)`.',
    why: 'Django 5.1 deprecated `coords()`, whose `ordering` argument duplicated `lon_lat()`/`lat_lon()`, and the `open()` alternative constructor; Django 6.0 removed both.',
    fixSafety: 'Safe: `coords(query)` with the default ordering is `lon_lat(query)`; `GeoIP2.open(path, cache)` is `GeoIP2(path, cache)`. A `coords()` call with an `ordering` gets no fix.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['geoip2-coords', 'geoip2-open'],
  classes,
  receiver: receiverResolvesTo(classes),
  // The receiver resolves to the class, or is a subclass of it (`mayNameAny`): its name is a word.
  requiresOneOf: ['GeoIP2'],
  overrides: false,
  methods: [
    {
      name: 'coords',
      subject: '`GeoIP2.coords()`',
      advice: 'use `lon_lat(query)` (or `lat_lon(query)`)',
      rewrite(_context, call, nameNode) {
        const { list, positional, keywords, hasSplat } = callArguments(call);
        if (!list || positional.length !== 1 || keywords.size || hasSplat) return null;
        return { title: 'Use `lon_lat()`', edits: [{ start: nameNode.startIndex, end: nameNode.endIndex, text: 'lon_lat' }] };
      },
    },
    {
      name: 'open',
      subject: '`GeoIP2.open()`',
      advice: 'call the constructor, `GeoIP2(path, cache)`',
      rewrite(context, call, nameNode) {
        const receiver = call.childForFieldName('function')?.childForFieldName('object');
        if (!receiver || !namesAny(qualifiedNameOf(context, receiver), classes)) return null;
        return { title: 'Call `GeoIP2()`', edits: [{ start: receiver.endIndex, end: nameNode.endIndex, text: '' }] };
      },
    },
  ],
  truth: {
    removed: ['django.contrib.gis.geoip2.GeoIP2.coords', 'django.contrib.gis.geoip2.GeoIP2.open'],
    replacements: ['django.contrib.gis.geoip2.GeoIP2.lon_lat'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.gis.geoip2 import GeoIP2

          g = GeoIP2()
          where = g.lon_lat("example.com")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.geoip2 import GeoIP2

          g = GeoIP2.open("/data/geoip", GeoIP2.MODE_AUTO)
          here = GeoIP2().coords("example.com")
        `,
        errors: [
          { line: 3, column: 5, message: '`GeoIP2.open()` is deprecated since Django 5.1 and removed in 6.0: call the constructor, `GeoIP2(path, cache)`' },
          { line: 4, column: 8, message: '`GeoIP2.coords()` is deprecated since Django 5.1 and removed in 6.0: use `lon_lat(query)` (or `lat_lon(query)`)' },
        ],
        output: dedent`
          from django.contrib.gis.geoip2 import GeoIP2

          g = GeoIP2("/data/geoip", GeoIP2.MODE_AUTO)
          here = GeoIP2().lon_lat("example.com")
        `,
      },
      {
        code: dedent`
          from django.contrib.gis.geoip2 import GeoIP2


          def visitor_position(request):
              geo = GeoIP2()
              return geo.coords(request.META["REMOTE_ADDR"])
        `,
        errors: [
          { line: 6, column: 12, message: '`GeoIP2.coords()` is deprecated since Django 5.1 and removed in 6.0: use `lon_lat(query)` (or `lat_lon(query)`)' },
        ],
        output: dedent`
          from django.contrib.gis.geoip2 import GeoIP2


          def visitor_position(request):
              geo = GeoIP2()
              return geo.lon_lat(request.META["REMOTE_ADDR"])
        `,
      },
    ],
  },
});
