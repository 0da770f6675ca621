import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'sitemaps-flatpagesitemap',
  title: '`django.contrib.sitemaps.FlatPageSitemap` → `django.contrib.flatpages.sitemaps`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.9',
  docs: {
    what: 'Finds `FlatPageSitemap` imported from `django.contrib.sitemaps`.',
    why: 'Django 1.8 moved the class to `django.contrib.flatpages.sitemaps`; Django 1.9 removed the old import path.',
    fixSafety: 'Safe: the same class, imported from its new module (Django 1.8+).',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['sitemaps-flatpagesitemap'],
  names: [
    {
      old: 'django.contrib.sitemaps.FlatPageSitemap',
      replacement: 'django.contrib.flatpages.sitemaps.FlatPageSitemap',
      subject: '`django.contrib.sitemaps.FlatPageSitemap`',
    },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.flatpages.sitemaps import FlatPageSitemap
        `,
      },
      {
        code: dedent`
          from django.contrib.sitemaps import Sitemap
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.sitemaps import FlatPageSitemap, GenericSitemap

          sitemaps = {"flatpages": FlatPageSitemap}
        `,
        errors: [
          { line: 1, column: 37, message: '`django.contrib.sitemaps.FlatPageSitemap` is deprecated since Django 1.8 and removed in 1.9: use `django.contrib.flatpages.sitemaps.FlatPageSitemap`' },
          { line: 3, column: 26, message: '`django.contrib.sitemaps.FlatPageSitemap` is deprecated since Django 1.8 and removed in 1.9: use `django.contrib.flatpages.sitemaps.FlatPageSitemap`' },
        ],
        output: dedent`
          from django.contrib.sitemaps import GenericSitemap
          from django.contrib.flatpages.sitemaps import FlatPageSitemap

          sitemaps = {"flatpages": FlatPageSitemap}
        `,
      },
      {
        code: dedent`
          from django.contrib import sitemaps

          SITEMAPS = {"flatpages": sitemaps.FlatPageSitemap}
        `,
        errors: [
          { line: 3, column: 26, message: '`django.contrib.sitemaps.FlatPageSitemap` is deprecated since Django 1.8 and removed in 1.9: use `django.contrib.flatpages.sitemaps.FlatPageSitemap`' },
        ],
        output: dedent`
          from django.contrib.flatpages.sitemaps import FlatPageSitemap

          SITEMAPS = {"flatpages": FlatPageSitemap}
        `,
      },
    ],
  },
});
