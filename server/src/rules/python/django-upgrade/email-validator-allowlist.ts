import { deprecationNotes } from '../../docs-links';
import { renamedKeywordRule } from '../../shapes';

export default renamedKeywordRule({
  id: 'email-validator-allowlist',
  title: '`EmailValidator(whitelist=…)` → `allowlist=`',
  category: 'removed-api',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  docsUrl: deprecationNotes('3.2'),
  docs: {
    what: 'Finds the `whitelist` argument of `django.core.validators.EmailValidator` (django-upgrade: `email_validator`).',
    why: 'Django 3.2 renamed it `allowlist`; 4.1 removed the old name, so the call raises `TypeError`.',
    fixSafety: 'Safe: the same argument under its new name. Needs Django 3.2+.',
  },
  fix: 'safe',
  fixMinVersion: '3.2',
  checklist: ['emailvalidator-whitelist'],
  truth: { removedParameters: [{ symbol: 'django.core.validators.EmailValidator', name: 'whitelist' }] },
  callables: ['django.core.validators.EmailValidator'],
  renames: { whitelist: 'allowlist' },
  display: 'EmailValidator',
  examples: {
    valid: [{ code: 'from django.core.validators import EmailValidator\n\nvalidate = EmailValidator(allowlist=["localhost"])\n' }],
    invalid: [
      {
        code: 'from django.core.validators import EmailValidator\n\nvalidate = EmailValidator(whitelist=["localhost"])\n',
        findings: 1,
        output: 'from django.core.validators import EmailValidator\n\nvalidate = EmailValidator(allowlist=["localhost"])\n',
      },
      {
        code: 'from django.core import validators\n\nvalidate = validators.EmailValidator(message="Bad", whitelist=["intranet"])\n',
        findings: 1,
        output: 'from django.core import validators\n\nvalidate = validators.EmailValidator(message="Bad", allowlist=["intranet"])\n',
      },
    ],
  },
});
