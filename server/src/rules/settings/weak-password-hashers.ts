import { dedent } from '../shapes';
import { djangoPathRule } from '../shapes/django-paths';

const sha1Advice = 'remove it once no stored password uses it, or keep a copy of it in your project (for fast tests, use `MD5PasswordHasher`)';

export default djangoPathRule({
  id: 'weak-password-hashers',
  title: 'Remove the SHA-1 and unsalted MD5 password hashers',
  category: 'settings',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docs: {
    what: 'Finds `SHA1PasswordHasher`, `UnsaltedSHA1PasswordHasher` and `UnsaltedMD5PasswordHasher` from `django.contrib.auth.hashers`, in `PASSWORD_HASHERS` (often in test settings) and in imports.',
    why: 'They are insecure; Django 4.2 deprecated them and 5.1 removed them.',
    fixSafety: 'No automatic fix: users whose passwords are still stored with them could no longer log in. Test settings that used an unsalted hasher for speed can use `MD5PasswordHasher`.',
  },
  fix: 'none',
  checklist: ['sha1-password-hasher', 'unsalted-sha1-password-hasher', 'unsalted-md5-password-hasher'],
  names: ['SHA1PasswordHasher', 'UnsaltedSHA1PasswordHasher', 'UnsaltedMD5PasswordHasher'].map((name) => ({
    old: `django.contrib.auth.hashers.${name}`,
    advice: sha1Advice,
  })),
  examples: {
    valid: [
      {
        code: dedent`
          PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        `,
        filename: 'test_settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          PASSWORD_HASHERS = ("django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",)
        `,
        filename: 'test_settings.py',
        errors: [
          { line: 1, column: 21, message: '`django.contrib.auth.hashers.UnsaltedMD5PasswordHasher` is deprecated since Django 4.2 and removed in 5.1: remove it once no stored password uses it, or keep a copy of it in your project (for fast tests, use `MD5PasswordHasher`)' },
        ],
      },
      {
        code: dedent`
          from django.contrib.auth.hashers import SHA1PasswordHasher
          from django.test import override_settings

          @override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher"])
          def test_login():
              pass
        `,
        filename: 'tests/test_auth.py',
        errors: [
          { line: 1, column: 41, message: '`django.contrib.auth.hashers.SHA1PasswordHasher` is deprecated since Django 4.2 and removed in 5.1: remove it once no stored password uses it, or keep a copy of it in your project (for fast tests, use `MD5PasswordHasher`)' },
          { line: 4, column: 38, message: '`django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher` is deprecated since Django 4.2 and removed in 5.1: remove it once no stored password uses it, or keep a copy of it in your project (for fast tests, use `MD5PasswordHasher`)' },
        ],
      },
    ],
  },
});
