import { dedent, renamedKeywordRule } from '../shapes';

export default renamedKeywordRule({
  id: 'staticfiles-find-all',
  title: '`finders.find(all=…)` → `find_all=`',
  category: 'removed-api',
  deprecatedIn: '5.2',
  removedIn: '6.1',
  docs: {
    what: 'Finds the `all` argument of `django.contrib.staticfiles.finders.find()`.',
    why: 'Django 5.2 renamed it `find_all`; 6.1 removes `all`.',
    fixSafety: 'Safe: the same argument. Needs Django 5.2+.',
  },
  upstream: { djangoUpgrade: 'staticfiles_find_all' },
  fix: 'safe',
  fixMinVersion: '5.2',
  checklist: ['staticfiles-find-all'],
  truth: { note: 'all= is read from **kwargs in 5.2, and 6.1 is not among the checked releases, so the signature claim cannot be made' },
  callables: ['django.contrib.staticfiles.finders.find'],
  renames: { all: 'find_all' },
  display: 'find',
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.staticfiles import finders

          paths = finders.find("css/site.css", find_all=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.staticfiles import finders

          paths = finders.find("css/site.css", all=True)
        `,
        errors: [
          { line: 3, column: 38, message: '`find(all=…)` is deprecated since Django 5.2 and removed in 6.1: use `find_all=`' },
        ],
        output: dedent`
          from django.contrib.staticfiles import finders

          paths = finders.find("css/site.css", find_all=True)
        `,
      },
      {
        code: dedent`
          from django.contrib.staticfiles.finders import find

          paths = find("css/site.css", all=True)
        `,
        errors: [
          { line: 3, column: 30, message: '`find(all=…)` is deprecated since Django 5.2 and removed in 6.1: use `find_all=`' },
        ],
        output: dedent`
          from django.contrib.staticfiles.finders import find

          paths = find("css/site.css", find_all=True)
        `,
      },
    ],
  },
});
