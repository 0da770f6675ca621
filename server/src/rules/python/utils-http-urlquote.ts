import { deprecationNotes } from '../docs-links';
import { movedNamesRule } from '../shapes';

const renames: Array<[string, string]> = [
  ['urlquote', 'quote'],
  ['urlquote_plus', 'quote_plus'],
  ['urlunquote', 'unquote'],
  ['urlunquote_plus', 'unquote_plus'],
];

export default movedNamesRule({
  id: 'utils-http-urlquote',
  title: '`django.utils.http.urlquote()` and friends → `urllib.parse`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docsUrl: deprecationNotes('3.0'),
  docs: {
    what: 'Finds `urlquote`, `urlquote_plus`, `urlunquote` and `urlunquote_plus` from `django.utils.http` (django-upgrade: `utils_http`).',
    why: 'On Python 3 they only wrapped `urllib.parse`; Django 4.0 removed them.',
    fixSafety: 'Safe on Python 3 (Django 2.0+): the `urllib.parse` functions accept the same arguments for text input.',
  },
  fix: 'safe',
  checklist: ['http-urlquote', 'http-urlquote-plus'],
  fixMinVersion: '2.0',
  moveOptions: { style: 'django-upgrade' },
  names: renames.map(([old, replacement]) => ({
    old: `django.utils.http.${old}`,
    replacement: `urllib.parse.${replacement}`,
    subject: `\`${old}()\``,
    advice: `use \`urllib.parse.${replacement}()\``,
  })),
  examples: {
    valid: [{ code: 'from urllib.parse import quote\nquote("a b")\n' }],
    invalid: [
      {
        code: 'from django.utils.http import urlquote, urlencode\n\nlink = urlquote(name)\n',
        findings: 2,
        output: 'from urllib.parse import quote\nfrom django.utils.http import urlencode\n\nlink = quote(name)\n',
      },
      {
        code: 'from django.utils import http\n\nlink = http.urlquote_plus(name)\n',
        findings: 1,
        output: 'from urllib.parse import quote_plus\n\nlink = quote_plus(name)\n',
      },
    ],
  },
});
