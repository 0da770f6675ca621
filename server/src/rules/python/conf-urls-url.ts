import { deprecationNotes } from '../docs-links';
import { movedNamesRule } from './rule-factories';

export default movedNamesRule({
  id: 'conf-urls-url',
  title: '`django.conf.urls.url()` → `django.urls.re_path()`',
  category: 'urls',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds imports and calls of `django.conf.urls.url()`.',
    why: '`url()` was an alias of `re_path()` since Django 2.0; Django 4.0 removed it, so URLconfs that use it fail to import.',
    fixSafety: 'Safe: `re_path()` takes the same arguments. Needs Django 2.0+, where `django.urls.re_path` exists. Converting to `path()` is a separate, manual step.',
  },
  fix: 'safe',
  checklist: ['conf-urls-url'],
  fixMinVersion: '2.0',
  names: [{ old: 'django.conf.urls.url', replacement: 'django.urls.re_path', subject: '`django.conf.urls.url()`', advice: 'use `django.urls.re_path()`' }],
  examples: {
    valid: [
      { code: 'from django.urls import re_path\n\nurlpatterns = [re_path(r"^$", index)]\n' },
      { code: 'def url(pattern, view):\n    return (pattern, view)\n\nurlpatterns = [url(r"^$", index)]\n' },
      { code: 'from myproject.routing import url\n\nurlpatterns = [url(r"^$", index)]\n' },
      { code: 'x = "django.conf.urls.url"  # url() from django.conf.urls\n' },
    ],
    invalid: [
      {
        code: 'from django.conf.urls import include, url\n\nurlpatterns = [\n    url(r"^$", index),\n    url(r"^blog/", include("blog.urls")),\n]\n',
        findings: 3,
        output: 'from django.conf.urls import include\nfrom django.urls import re_path\n\nurlpatterns = [\n    re_path(r"^$", index),\n    re_path(r"^blog/", include("blog.urls")),\n]\n',
      },
      {
        code: 'from django.conf.urls import url as u\n\nurlpatterns = [u(r"^$", index)]\n',
        findings: 1,
        output: 'from django.urls import re_path as u\n\nurlpatterns = [u(r"^$", index)]\n',
      },
      {
        code: 'from django.conf import urls\nfrom django.urls import path\n\nurlpatterns = [urls.url(r"^$", index), path("a/", a)]\n',
        findings: 1,
        output: 'from django.urls import path, re_path\n\nurlpatterns = [re_path(r"^$", index), path("a/", a)]\n',
      },
      {
        code: 'from django.conf.urls import url  # routing\nurlpatterns = [url(r"^$", index)]\n',
        findings: 2,
        output: 'from django.urls import re_path  # routing\nurlpatterns = [re_path(r"^$", index)]\n',
      },
    ],
  },
});
