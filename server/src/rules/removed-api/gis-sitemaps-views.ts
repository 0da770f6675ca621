import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'gis-sitemaps-views',
  title: '`django.contrib.gis.sitemaps.views.index` / `sitemap`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports and uses of `django.contrib.gis.sitemaps.views.index` and `sitemap`.',
    why: 'Django 1.7 deprecated GIS\'s copies of the sitemap views; Django 1.8 removed them.',
  },
  fix: 'none',
  checklist: ['gis-sitemaps-views-index', 'gis-sitemaps-views-sitemap'],
  names: [
    { old: 'django.contrib.gis.sitemaps.views.index', advice: 'use `django.contrib.sitemaps.views.index`' },
    { old: 'django.contrib.gis.sitemaps.views.sitemap', advice: 'use `django.contrib.sitemaps.views.sitemap`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.sitemaps.views import sitemap
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.gis.sitemaps.views import index, sitemap
        `,
        errors: [
          { line: 1, column: 47, message: '`django.contrib.gis.sitemaps.views.index` is deprecated since Django 1.7 and removed in 1.8: use `django.contrib.sitemaps.views.index`' },
          { line: 1, column: 54, message: '`django.contrib.gis.sitemaps.views.sitemap` is deprecated since Django 1.7 and removed in 1.8: use `django.contrib.sitemaps.views.sitemap`' },
        ],
      },
    ],
  },
});
