import { dedent, movedModuleRule } from '../shapes';

export default movedModuleRule({
  id: 'core-urlresolvers',
  title: '`django.core.urlresolvers` → `django.urls`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds imports from the `django.core.urlresolvers` module.',
    why: 'Django 1.10 moved URL resolution to `django.urls`; Django 2.0 removed the old module.',
    fixSafety: 'Safe: `django.urls` exports the same names. Needs Django 1.10+.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  checklist: ['core-urlresolvers'],
  fixMinVersion: '1.10',
  oldModule: 'django.core.urlresolvers',
  newModule: 'django.urls',
  examples: {
    valid: [
      {
        code: dedent`
          from django.urls import reverse
        `,
      },
      {
        code: dedent`
          from myapp.core.urlresolvers import reverse
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.urlresolvers import reverse, reverse_lazy

          URL = reverse_lazy("home")
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.core.urlresolvers` is deprecated since Django 1.10 and removed in 2.0: import from `django.urls`' },
        ],
        output: dedent`
          from django.urls import reverse, reverse_lazy

          URL = reverse_lazy("home")
        `,
      },
      {
        code: dedent`
          from django.core import urlresolvers

          url = urlresolvers.reverse("home")
        `,
        errors: [
          { line: 1, column: 25, message: 'The module `django.core.urlresolvers` is deprecated since Django 1.10 and removed in 2.0: import from `django.urls`' },
        ],
        output: dedent`
          from django import urls as urlresolvers

          url = urlresolvers.reverse("home")
        `,
      },
      {
        code: dedent`
          import django.core.urlresolvers

          url = django.core.urlresolvers.reverse("home")
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `django.core.urlresolvers` is deprecated since Django 1.10 and removed in 2.0: import from `django.urls`' },
        ],
        output: dedent`
          import django.urls

          url = django.urls.reverse("home")
        `,
      },
    ],
  },
});
