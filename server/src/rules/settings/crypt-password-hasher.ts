import { dedent } from '../shapes';
import { djangoPathRule } from '../shapes/django-paths';

export default djangoPathRule({
  id: 'crypt-password-hasher',
  title: 'Remove `CryptPasswordHasher`',
  category: 'settings',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docs: {
    what: 'Finds `django.contrib.auth.hashers.CryptPasswordHasher` in `PASSWORD_HASHERS` and in imports.',
    why: 'It relies on the `crypt` module that Python 3.13 removes; Django 5.0 removed the hasher.',
    fixSafety: 'No automatic fix: users whose passwords are still stored with it could no longer log in. Keep a copy of the hasher in your project until they have logged in again (passwords are then re-hashed with the first hasher).',
  },
  fix: 'none',
  checklist: ['crypt-password-hasher'],
  names: [{
    old: 'django.contrib.auth.hashers.CryptPasswordHasher',
    advice: 'remove it once no stored password uses it, or keep a copy of it in your project',
  }],
  examples: {
    valid: [
      {
        code: dedent`
          PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          PASSWORD_HASHERS = [
              "django.contrib.auth.hashers.PBKDF2PasswordHasher",
              "django.contrib.auth.hashers.CryptPasswordHasher",
          ]
        `,
        filename: 'settings.py',
        errors: [
          { line: 3, column: 5, message: '`django.contrib.auth.hashers.CryptPasswordHasher` is deprecated since Django 4.1 and removed in 5.0: remove it once no stored password uses it, or keep a copy of it in your project' },
        ],
      },
    ],
  },
});
