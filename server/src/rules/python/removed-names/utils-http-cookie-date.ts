import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'utils-http-cookie-date',
  title: '`django.utils.http.cookie_date()` → `http_date()`',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '3.0',
  docsUrl: deprecationNotes('2.1'),
  docs: {
    what: 'Finds `django.utils.http.cookie_date`.',
    why: 'It wrote the obsolete Netscape cookie date format (`Wdy, DD-Mon-YYYY …`); RFC 6265 uses the HTTP date format, so Django 2.1 deprecated it in favour of `http_date()`, and Django 3.0 removed it.',
    fixSafety: 'Quick fix only: `http_date()` writes `Wdy, DD Mon YYYY HH:MM:SS GMT` (spaces instead of dashes), which browsers accept, but code comparing the string changes.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.8',
  checklist: ['http-cookie-date'],
  names: [{ old: 'django.utils.http.cookie_date', replacement: 'django.utils.http.http_date', subject: '`cookie_date()`' }],
  examples: {
    valid: [{ code: 'from django.utils.http import http_date\n\nexpires = http_date(ts)\n' }],
    invalid: [
      {
        code: 'from django.utils.http import cookie_date\n\nexpires = cookie_date(ts)\n',
        findings: 2,
        output: 'from django.utils.http import http_date\n\nexpires = http_date(ts)\n',
      },
    ],
  },
});
