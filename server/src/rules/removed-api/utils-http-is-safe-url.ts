import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'utils-http-is-safe-url',
  title: '`is_safe_url()` → `url_has_allowed_host_and_scheme()`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docs: {
    what: 'Finds `django.utils.http.is_safe_url`.',
    why: 'It was renamed to say what it checks; Django 4.0 removed the old name.',
    fixSafety: 'Safe: same function, same arguments. Needs Django 3.0+.',
  },
  upstream: { djangoUpgrade: 'utils_http' },
  fix: 'safe',
  checklist: ['http-is-safe-url'],
  fixMinVersion: '3.0',
  names: [{
    old: 'django.utils.http.is_safe_url',
    replacement: 'django.utils.http.url_has_allowed_host_and_scheme',
    subject: '`is_safe_url()`',
    advice: 'use `url_has_allowed_host_and_scheme()`',
  }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.http import url_has_allowed_host_and_scheme
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.http import is_safe_url

          ok = is_safe_url(url, allowed_hosts={host})
        `,
        errors: [
          { line: 1, column: 31, message: '`is_safe_url()` is deprecated since Django 3.0 and removed in 4.0: use `url_has_allowed_host_and_scheme()`' },
          { line: 3, column: 6, message: '`is_safe_url()` is deprecated since Django 3.0 and removed in 4.0: use `url_has_allowed_host_and_scheme()`' },
        ],
        output: dedent`
          from django.utils.http import url_has_allowed_host_and_scheme

          ok = url_has_allowed_host_and_scheme(url, allowed_hosts={host})
        `,
      },
      {
        code: dedent`
          from django.utils import http


          def is_safe(url, host):
              return http.is_safe_url(url, allowed_hosts={host})


          SAFE = is_safe("/next/", "example.com")
        `,
        errors: [
          { line: 5, column: 12, message: '`is_safe_url()` is deprecated since Django 3.0 and removed in 4.0: use `url_has_allowed_host_and_scheme()`' },
        ],
        output: dedent`
          from django.utils import http


          def is_safe(url, host):
              return http.url_has_allowed_host_and_scheme(url, allowed_hosts={host})


          SAFE = is_safe("/next/", "example.com")
        `,
      },
    ],
  },
});
