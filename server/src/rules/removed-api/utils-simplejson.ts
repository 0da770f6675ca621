import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'utils-simplejson',
  title: '`django.utils.simplejson` → `json`',
  category: 'removed-api',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds imports of `django.utils.simplejson`.',
    why: 'Django 1.5 dropped Python 2.5 and deprecated its bundled copy of `simplejson`; Django 1.7 removed it.',
  },
  fix: 'none',
  checklist: ['utils-simplejson'],
  modules: [
    { module: 'django.utils.simplejson', advice: 'use the standard library\'s `json`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          import json
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils import simplejson

          data = simplejson.loads(text)
        `,
        errors: [
          { line: 1, column: 26, message: 'The module `django.utils.simplejson` is deprecated since Django 1.5 and removed in 1.7: use the standard library\'s `json`' },
        ],
      },
      {
        code: dedent`
          from django.utils.simplejson import dumps
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.utils.simplejson` is deprecated since Django 1.5 and removed in 1.7: use the standard library\'s `json`' },
        ],
      },
    ],
  },
});
