import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'utils-compat-modules-1-9',
  title: 'Django 1.7\'s compatibility modules (`importlib`, `unittest`, `dictconfig`, `tzinfo`) and `admin.validation`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports of `django.utils.importlib`, `django.utils.unittest`, `django.utils.dictconfig`, `django.utils.tzinfo` and `django.contrib.admin.validation`.',
    why: 'Django 1.7 dropped Python 2.6 and deprecated the copies of standard-library modules it bundled for it, `tzinfo` (replaced by `django.utils.timezone`) and the admin validation (replaced by system checks); Django 1.9 removed them.',
  },
  fix: 'none',
  checklist: ['utils-importlib', 'utils-unittest', 'utils-dictconfig', 'utils-tzinfo', 'contrib-admin-validation'],
  modules: [
    { module: 'django.utils.importlib', advice: 'use the standard library\'s `importlib`' },
    { module: 'django.utils.unittest', advice: 'use the standard library\'s `unittest`' },
    { module: 'django.utils.dictconfig', advice: 'use the standard library\'s `logging.config`' },
    { module: 'django.utils.tzinfo', advice: 'use `django.utils.timezone` (`get_default_timezone()`, `get_fixed_timezone()`)' },
    { module: 'django.contrib.admin.validation', advice: 'use the system checks of `django.contrib.admin.checks`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from importlib import import_module
          import unittest
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.importlib import import_module
          from django.utils import unittest
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.utils.importlib` is deprecated since Django 1.7 and removed in 1.9: use the standard library\'s `importlib`' },
          { line: 2, column: 26, message: 'The module `django.utils.unittest` is deprecated since Django 1.7 and removed in 1.9: use the standard library\'s `unittest`' },
        ],
      },
      {
        code: dedent`
          from django.utils.tzinfo import FixedOffset
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.utils.tzinfo` is deprecated since Django 1.7 and removed in 1.9: use `django.utils.timezone` (`get_default_timezone()`, `get_fixed_timezone()`)' },
        ],
      },
    ],
  },
});
