import { dedent, renamedKeywordRule } from '../shapes';

export default renamedKeywordRule({
  id: 'email-validator-allowlist',
  title: '`EmailValidator(whitelist=…)` → `allowlist=`',
  category: 'removed-api',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  docs: {
    what: 'Finds the `whitelist` argument of `django.core.validators.EmailValidator`.',
    why: 'Django 3.2 renamed it `allowlist`; 4.1 removed the old name, so the call raises `TypeError`.',
    fixSafety: 'Safe: the same argument under its new name. Needs Django 3.2+.',
  },
  upstream: { djangoUpgrade: 'email_validator' },
  fix: 'safe',
  fixMinVersion: '3.2',
  checklist: ['emailvalidator-whitelist'],
  truth: { removedParameters: [{ symbol: 'django.core.validators.EmailValidator', name: 'whitelist' }] },
  callables: ['django.core.validators.EmailValidator'],
  renames: { whitelist: 'allowlist' },
  display: 'EmailValidator',
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.validators import EmailValidator

          validate = EmailValidator(allowlist=["localhost"])
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.validators import EmailValidator

          validate = EmailValidator(whitelist=["localhost"])
        `,
        errors: [
          { line: 3, column: 27, message: '`EmailValidator(whitelist=…)` is deprecated since Django 3.2 and removed in 4.1: use `allowlist=`' },
        ],
        output: dedent`
          from django.core.validators import EmailValidator

          validate = EmailValidator(allowlist=["localhost"])
        `,
      },
      {
        code: dedent`
          from django.core import validators

          validate = validators.EmailValidator(message="Bad", whitelist=["intranet"])
        `,
        errors: [
          { line: 3, column: 53, message: '`EmailValidator(whitelist=…)` is deprecated since Django 3.2 and removed in 4.1: use `allowlist=`' },
        ],
        output: dedent`
          from django.core import validators

          validate = validators.EmailValidator(message="Bad", allowlist=["intranet"])
        `,
      },
    ],
  },
});
