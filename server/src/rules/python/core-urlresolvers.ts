import { deprecationNotes } from '../docs-links';
import { movedModuleRule } from '../shapes';

export default movedModuleRule({
  id: 'core-urlresolvers',
  title: '`django.core.urlresolvers` → `django.urls`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds imports from the `django.core.urlresolvers` module (django-upgrade: `compatibility_imports`).',
    why: 'Django 1.10 moved URL resolution to `django.urls`; Django 2.0 removed the old module.',
    fixSafety: 'Safe: `django.urls` exports the same names. Needs Django 1.10+.',
  },
  fix: 'safe',
  checklist: ['core-urlresolvers'],
  fixMinVersion: '1.10',
  oldModule: 'django.core.urlresolvers',
  newModule: 'django.urls',
  examples: {
    valid: [{ code: 'from django.urls import reverse\n' }, { code: 'from myapp.core.urlresolvers import reverse\n' }],
    invalid: [
      {
        code: 'from django.core.urlresolvers import reverse, reverse_lazy\n\nURL = reverse_lazy("home")\n',
        findings: 1,
        output: 'from django.urls import reverse, reverse_lazy\n\nURL = reverse_lazy("home")\n',
      },
      {
        code: 'from django.core import urlresolvers\n\nurl = urlresolvers.reverse("home")\n',
        findings: 1,
        output: 'from django import urls as urlresolvers\n\nurl = urlresolvers.reverse("home")\n',
      },
      {
        code: 'import django.core.urlresolvers\n\nurl = django.core.urlresolvers.reverse("home")\n',
        findings: 1,
        output: 'import django.urls\n\nurl = django.urls.reverse("home")\n',
      },
    ],
  },
});
