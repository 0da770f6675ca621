import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'sitemaps-flatpagesitemap',
  title: '`django.contrib.sitemaps.FlatPageSitemap` → `django.contrib.flatpages.sitemaps`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.9',
  docsUrl: deprecationNotes('1.8'),
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
    valid: [{ code: 'from django.contrib.flatpages.sitemaps import FlatPageSitemap\n' }, { code: 'from django.contrib.sitemaps import Sitemap\n' }],
    invalid: [
      {
        code: 'from django.contrib.sitemaps import FlatPageSitemap, GenericSitemap\n\nsitemaps = {"flatpages": FlatPageSitemap}\n',
        findings: 2,
        output: 'from django.contrib.sitemaps import GenericSitemap\nfrom django.contrib.flatpages.sitemaps import FlatPageSitemap\n\nsitemaps = {"flatpages": FlatPageSitemap}\n',
      },
      {
        code: 'from django.contrib import sitemaps\n\nSITEMAPS = {"flatpages": sitemaps.FlatPageSitemap}\n',
        findings: 1,
        output: 'from django.contrib.flatpages.sitemaps import FlatPageSitemap\n\nSITEMAPS = {"flatpages": FlatPageSitemap}\n',
      },
    ],
  },
});
