import { deprecationNotes } from '../docs-links';
import { movedNamesRule } from '../shapes';

export default movedNamesRule({
  id: 'utils-http-is-safe-url',
  title: '`is_safe_url()` → `url_has_allowed_host_and_scheme()`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docsUrl: deprecationNotes('3.0'),
  docs: {
    what: 'Finds `django.utils.http.is_safe_url` (django-upgrade: `utils_http`).',
    why: 'It was renamed to say what it checks; Django 4.0 removed the old name.',
    fixSafety: 'Safe: same function, same arguments. Needs Django 3.0+.',
  },
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
    valid: [{ code: 'from django.utils.http import url_has_allowed_host_and_scheme\n' }],
    invalid: [{
      code: 'from django.utils.http import is_safe_url\n\nok = is_safe_url(url, allowed_hosts={host})\n',
      findings: 2,
      output: 'from django.utils.http import url_has_allowed_host_and_scheme\n\nok = url_has_allowed_host_and_scheme(url, allowed_hosts={host})\n',
    }],
  },
});
