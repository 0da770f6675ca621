import { deprecationNotes } from '../../docs-links';
import { renamedKeywordRule } from '../../shapes';

export default renamedKeywordRule({
  id: 'staticfiles-find-all',
  title: '`finders.find(all=…)` → `find_all=`',
  category: 'removed-api',
  deprecatedIn: '5.2',
  removedIn: '6.1',
  docsUrl: deprecationNotes('5.2'),
  docs: {
    what: 'Finds the `all` argument of `django.contrib.staticfiles.finders.find()` (django-upgrade: `staticfiles_find_all`).',
    why: 'Django 5.2 renamed it `find_all`; 6.1 removes `all`.',
    fixSafety: 'Safe: the same argument. Needs Django 5.2+.',
  },
  fix: 'safe',
  fixMinVersion: '5.2',
  checklist: ['staticfiles-find-all'],
  truth: { note: 'all= is read from **kwargs in 5.2, and 6.1 is not among the checked releases, so the signature claim cannot be made' },
  callables: ['django.contrib.staticfiles.finders.find'],
  renames: { all: 'find_all' },
  display: 'find',
  examples: {
    valid: [{ code: 'from django.contrib.staticfiles import finders\n\npaths = finders.find("css/site.css", find_all=True)\n' }],
    invalid: [
      {
        code: 'from django.contrib.staticfiles import finders\n\npaths = finders.find("css/site.css", all=True)\n',
        findings: 1,
        output: 'from django.contrib.staticfiles import finders\n\npaths = finders.find("css/site.css", find_all=True)\n',
      },
      {
        code: 'from django.contrib.staticfiles.finders import find\n\npaths = find("css/site.css", all=True)\n',
        findings: 1,
        output: 'from django.contrib.staticfiles.finders import find\n\npaths = find("css/site.css", find_all=True)\n',
      },
    ],
  },
});
