import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'sites-models-moved',
  title: '`RequestSite` / `get_current_site` from `django.contrib.sites.models` → `sites.requests` / `sites.shortcuts`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `RequestSite` and `get_current_site` from `django.contrib.sites.models`.',
    why: 'Django 1.7 moved them so that they can be imported without the sites app installed; Django 1.9 removed the old imports.',
    fixSafety: 'Safe: the same class and function, imported from their modules.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  checklist: ['sites-models-requestsite', 'sites-models-get-current-site'],
  names: [
    { old: 'django.contrib.sites.models.RequestSite', replacement: 'django.contrib.sites.requests.RequestSite' },
    { old: 'django.contrib.sites.models.get_current_site', replacement: 'django.contrib.sites.shortcuts.get_current_site' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.sites.shortcuts import get_current_site
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.sites.models import get_current_site

          site = get_current_site(request)
        `,
        errors: [
          { line: 1, column: 41, message: '`django.contrib.sites.models.get_current_site` is deprecated since Django 1.7 and removed in 1.9: use `django.contrib.sites.shortcuts.get_current_site`' },
          { line: 3, column: 8, message: '`django.contrib.sites.models.get_current_site` is deprecated since Django 1.7 and removed in 1.9: use `django.contrib.sites.shortcuts.get_current_site`' },
        ],
        output: dedent`
          from django.contrib.sites.shortcuts import get_current_site

          site = get_current_site(request)
        `,
      },
      {
        code: dedent`
          from django.contrib.sites.models import RequestSite, Site
        `,
        errors: [
          { line: 1, column: 41, message: '`django.contrib.sites.models.RequestSite` is deprecated since Django 1.7 and removed in 1.9: use `django.contrib.sites.requests.RequestSite`' },
        ],
        output: dedent`
          from django.contrib.sites.models import Site
          from django.contrib.sites.requests import RequestSite
        `,
      },
    ],
  },
});
