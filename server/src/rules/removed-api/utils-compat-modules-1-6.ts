import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'utils-compat-modules-1-6',
  title: 'Django 1.4\'s compatibility modules (`copycompat`, `hashcompat`) and `databrowse`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports of `django.utils.copycompat`, `django.utils.hashcompat` and `django.contrib.databrowse`.',
    why: 'Django 1.4 dropped Python 2.4 and deprecated the modules that papered over it, and the unmaintained `databrowse` app; Django 1.6 removed them.',
  },
  fix: 'none',
  checklist: ['utils-copycompat', 'utils-hashcompat', 'contrib-databrowse'],
  modules: [
    { module: 'django.utils.copycompat', advice: 'use the standard library\'s `copy`' },
    { module: 'django.utils.hashcompat', advice: 'use the standard library\'s `hashlib` (`md5_constructor` is `hashlib.md5`, `sha_constructor` is `hashlib.sha1`)' },
    { module: 'django.contrib.databrowse', advice: 'it has no replacement in Django; remove it from `INSTALLED_APPS` and the URLconf' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          import copy
          from hashlib import md5
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.hashcompat import md5_constructor
          from django.utils import copycompat as copy
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.utils.hashcompat` is deprecated since Django 1.4 and removed in 1.6: use the standard library\'s `hashlib` (`md5_constructor` is `hashlib.md5`, `sha_constructor` is `hashlib.sha1`)' },
          { line: 2, column: 26, message: 'The module `django.utils.copycompat` is deprecated since Django 1.4 and removed in 1.6: use the standard library\'s `copy`' },
        ],
      },
      {
        code: dedent`
          from django.contrib import databrowse
        `,
        errors: [
          { line: 1, column: 28, message: 'The module `django.contrib.databrowse` is deprecated since Django 1.4 and removed in 1.6: it has no replacement in Django; remove it from `INSTALLED_APPS` and the URLconf' },
        ],
      },
    ],
  },
});
