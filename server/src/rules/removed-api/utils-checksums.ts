import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'utils-checksums',
  title: '`django.utils.checksums` → `localflavor.generic.checksums`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds imports of `django.utils.checksums` (`luhn()`, `ean()`).',
    why: 'The module only served the localflavor packages; Django 1.8 moved it to django-localflavor (1.1+) and Django 1.10 removed it.',
    fixSafety: 'No fix: the replacement, `localflavor.generic.checksums`, is in a third-party package the project may not install.',
  },
  fix: 'none',
  checklist: ['utils-checksums'],
  modules: [{ module: 'django.utils.checksums', advice: 'install django-localflavor 1.1+ and import from `localflavor.generic.checksums`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from localflavor.generic.checksums import luhn
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.checksums import luhn

          ok = luhn("4111111111111111")
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.utils.checksums` is deprecated since Django 1.8 and removed in 1.10: install django-localflavor 1.1+ and import from `localflavor.generic.checksums`' },
        ],
      },
    ],
  },
});
