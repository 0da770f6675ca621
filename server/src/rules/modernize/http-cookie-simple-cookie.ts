import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'http-cookie-simple-cookie',
  title: '`django.http.cookie.SimpleCookie` → `http.cookies.SimpleCookie`',
  category: 'modernize',
  deprecatedIn: null,
  removedIn: null,
  optIn: true,
  docsUrl: releaseNotes('2.0', 'removed-support-for-python-2'),
  docs: {
    what: 'Finds `SimpleCookie` imported from `django.http.cookie`.',
    why: 'Since Django 2.0 (Python 3 only) it is the standard library class re-exported; importing it from `http.cookies` says so.',
    fixSafety: 'Safe: the same class. Needs Django 2.0+.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '2.0',
  truth: { replacements: ['django.http.cookie.SimpleCookie'], note: 'still re-exported by Django; the rule is a modernisation' },
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [{ old: 'django.http.cookie.SimpleCookie', replacement: 'http.cookies.SimpleCookie', subject: '`SimpleCookie` from `django.http.cookie`', advice: 'import it from `http.cookies`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from http.cookies import SimpleCookie
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.http.cookie import SimpleCookie, parse_cookie
        `,
        errors: [
          { line: 1, column: 32, message: '`SimpleCookie` from `django.http.cookie`: import it from `http.cookies`' },
        ],
        output: dedent`
          from http.cookies import SimpleCookie
          from django.http.cookie import parse_cookie
        `,
      },
      {
        code: dedent`
          from django.http.cookie import SimpleCookie


          def session_cookie(value):
              cookie = SimpleCookie()
              cookie["sessionid"] = value
              return cookie.output()
        `,
        errors: [
          { line: 1, column: 32, message: '`SimpleCookie` from `django.http.cookie`: import it from `http.cookies`' },
          { line: 5, column: 14, message: '`SimpleCookie` from `django.http.cookie`: import it from `http.cookies`' },
        ],
        output: dedent`
          from http.cookies import SimpleCookie


          def session_cookie(value):
              cookie = SimpleCookie()
              cookie["sessionid"] = value
              return cookie.output()
        `,
      },
    ],
  },
});
