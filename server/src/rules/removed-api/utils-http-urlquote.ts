import { dedent, movedNamesRule } from '../shapes';

const renames: Array<[string, string]> = [
  ['urlquote', 'quote'],
  ['urlquote_plus', 'quote_plus'],
  ['urlunquote', 'unquote'],
  ['urlunquote_plus', 'unquote_plus'],
];

export default movedNamesRule({
  triggersInCode: true,
  id: 'utils-http-urlquote',
  title: '`django.utils.http.urlquote()` and friends → `urllib.parse`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docs: {
    what: 'Finds `urlquote`, `urlquote_plus`, `urlunquote` and `urlunquote_plus` from `django.utils.http`.',
    why: 'On Python 3 they only wrapped `urllib.parse`; Django 4.0 removed them.',
    fixSafety: 'Safe on Python 3 (Django 2.0+): the `urllib.parse` functions accept the same arguments for text input.',
  },
  upstream: { djangoUpgrade: 'utils_http' },
  fix: 'safe',
  checklist: ['http-urlquote', 'http-urlquote-plus', 'http-urlunquote', 'http-urlunquote-plus'],
  fixMinVersion: '2.0',
  moveOptions: { style: 'django-upgrade' },
  names: renames.map(([old, replacement]) => ({
    old: `django.utils.http.${old}`,
    replacement: `urllib.parse.${replacement}`,
    subject: `\`${old}()\``,
    advice: `use \`urllib.parse.${replacement}()\``,
  })),
  examples: {
    valid: [
      {
        code: dedent`
          from urllib.parse import quote
          quote("a b")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.http import urlquote, urlencode

          link = urlquote(name)
        `,
        errors: [
          { line: 1, column: 31, message: '`urlquote()` is deprecated since Django 3.0 and removed in 4.0: use `urllib.parse.quote()`' },
          { line: 3, column: 8, message: '`urlquote()` is deprecated since Django 3.0 and removed in 4.0: use `urllib.parse.quote()`' },
        ],
        output: dedent`
          from urllib.parse import quote
          from django.utils.http import urlencode

          link = quote(name)
        `,
      },
      {
        code: dedent`
          from django.utils import http

          link = http.urlquote_plus(name)
        `,
        errors: [
          { line: 3, column: 8, message: '`urlquote_plus()` is deprecated since Django 3.0 and removed in 4.0: use `urllib.parse.quote_plus()`' },
        ],
        output: dedent`
          from urllib.parse import quote_plus

          link = quote_plus(name)
        `,
      },
    ],
  },
});
