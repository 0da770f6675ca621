import { dedent } from '../shapes';
import { djangoPathRule } from '../shapes/django-paths';

export default djangoPathRule({
  id: 'memcached-cache-backend',
  title: '`MemcachedCache` → `PyMemcacheCache`',
  category: 'settings',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  docs: {
    what: 'Finds the `django.core.cache.backends.memcached.MemcachedCache` cache backend (based on `python-memcached`).',
    why: '`python-memcached` is unmaintained; Django 3.2 added `PyMemcacheCache` (based on `pymemcache`) and Django 4.1 removed `MemcachedCache`.',
    fixSafety: 'Switches the backend path to `PyMemcacheCache`. Review: it needs the `pymemcache` package installed, and backend-specific `OPTIONS` differ, so the fix is not part of fix-all. Needs Django 3.2+.',
  },
  fix: 'unsafe',
  fixMinVersion: '3.2',
  checklist: ['memcachedcache'],
  names: [{
    old: 'django.core.cache.backends.memcached.MemcachedCache',
    replacement: 'django.core.cache.backends.memcached.PyMemcacheCache',
    advice: 'use `django.core.cache.backends.memcached.PyMemcacheCache` (install `pymemcache`) or `PyLibMCCache`',
  }],
  examples: {
    valid: [
      {
        code: dedent`
          CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache"}}
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          CACHES = {
              'default': {
                  'BACKEND': 'django.core.cache.backends.memcached.MemcachedCache',
                  'LOCATION': '127.0.0.1:11211',
              }
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 3, column: 20, message: '`django.core.cache.backends.memcached.MemcachedCache` is deprecated since Django 3.2 and removed in 4.1: use `django.core.cache.backends.memcached.PyMemcacheCache` (install `pymemcache`) or `PyLibMCCache`' },
        ],
        output: dedent`
          CACHES = {
              'default': {
                  'BACKEND': 'django.core.cache.backends.memcached.PyMemcacheCache',
                  'LOCATION': '127.0.0.1:11211',
              }
          }
        `,
      },
      {
        code: dedent`
          CACHES = {
              "default": {"BACKEND": "django.core.cache.backends.memcached.MemcachedCache", "LOCATION": "cache:11211"},
              "sessions": {"BACKEND": "django.core.cache.backends.memcached.MemcachedCache", "LOCATION": "cache:11211", "KEY_PREFIX": "session"},
          }
          SESSION_ENGINE = "django.contrib.sessions.backends.cache"
          SESSION_CACHE_ALIAS = "sessions"
        `,
        filename: 'config/settings/production.py',
        errors: [
          { line: 2, column: 28, message: '`django.core.cache.backends.memcached.MemcachedCache` is deprecated since Django 3.2 and removed in 4.1: use `django.core.cache.backends.memcached.PyMemcacheCache` (install `pymemcache`) or `PyLibMCCache`' },
          { line: 3, column: 29, message: '`django.core.cache.backends.memcached.MemcachedCache` is deprecated since Django 3.2 and removed in 4.1: use `django.core.cache.backends.memcached.PyMemcacheCache` (install `pymemcache`) or `PyLibMCCache`' },
        ],
        output: dedent`
          CACHES = {
              "default": {"BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache", "LOCATION": "cache:11211"},
              "sessions": {"BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache", "LOCATION": "cache:11211", "KEY_PREFIX": "session"},
          }
          SESSION_ENGINE = "django.contrib.sessions.backends.cache"
          SESSION_CACHE_ALIAS = "sessions"
        `,
      },
    ],
  },
});
