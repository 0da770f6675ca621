import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'contrib-localflavor',
  title: '`django.contrib.localflavor` → the `django-localflavor` package',
  category: 'removed-api',
  deprecatedIn: '1.5',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports of `django.contrib.localflavor` (the `uk` flavour\'s names included: 1.4 renamed them `gb`).',
    why: 'Django 1.5 moved the local flavours out to the `django-localflavor` package; Django 1.6 removed `django.contrib.localflavor`.',
  },
  fix: 'none',
  checklist: ['contrib-localflavor', 'localflavor-uk-prefix'],
  modules: [
    { module: 'django.contrib.localflavor', advice: 'install `django-localflavor` and import from `localflavor` (the `uk` flavour is `localflavor.gb`)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from localflavor.us.forms import USZipCodeField
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.localflavor.us.forms import USZipCodeField
          from django.contrib.localflavor.uk.forms import UKPostcodeField
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.contrib.localflavor` is deprecated since Django 1.5 and removed in 1.6: install `django-localflavor` and import from `localflavor` (the `uk` flavour is `localflavor.gb`)' },
          { line: 2, column: 6, message: 'The module `django.contrib.localflavor` is deprecated since Django 1.5 and removed in 1.6: install `django-localflavor` and import from `localflavor` (the `uk` flavour is `localflavor.gb`)' },
        ],
      },
    ],
  },
});
