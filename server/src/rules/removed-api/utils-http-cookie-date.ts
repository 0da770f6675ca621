import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'utils-http-cookie-date',
  title: '`django.utils.http.cookie_date()` → `http_date()`',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '3.0',
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
    valid: [
      {
        code: dedent`
          from django.utils.http import http_date

          expires = http_date(ts)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.http import cookie_date

          expires = cookie_date(ts)
        `,
        errors: [
          { line: 1, column: 31, message: '`cookie_date()` is deprecated since Django 2.1 and removed in 3.0: use `django.utils.http.http_date`' },
          { line: 3, column: 11, message: '`cookie_date()` is deprecated since Django 2.1 and removed in 3.0: use `django.utils.http.http_date`' },
        ],
        output: dedent`
          from django.utils.http import http_date

          expires = http_date(ts)
        `,
      },
      {
        code: dedent`
          from django.utils import http


          def expiry_header(timestamp):
              return {"Expires": http.cookie_date(timestamp)}
        `,
        errors: [
          { line: 5, column: 24, message: '`cookie_date()` is deprecated since Django 2.1 and removed in 3.0: use `django.utils.http.http_date`' },
        ],
        output: dedent`
          from django.utils import http


          def expiry_header(timestamp):
              return {"Expires": http.http_date(timestamp)}
        `,
      },
    ],
  },
});
