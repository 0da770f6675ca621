import { dedent } from '../shapes';
import { pathStringsRule } from '../shapes/django-paths';

const old = 'django.core.cache.backends.memcached.CacheClass';
const replacement = 'django.core.cache.backends.memcached.MemcachedCache';

export default pathStringsRule({
  id: 'memcached-cacheclass',
  title: '`memcached.CacheClass` → `memcached.MemcachedCache`',
  category: 'settings',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds the dotted path `django.core.cache.backends.memcached.CacheClass` in strings (a `CACHES` backend).',
    why: 'Django 1.3 split the memcached backend into `MemcachedCache` (python-memcached) and `PyLibMCCache` (pylibmc) and kept `CacheClass` as a deprecated alias of the first; Django 1.6 removed it, so the cache fails to load.',
    fixSafety: 'Safe: `CacheClass` was `MemcachedCache` with a warning (both use python-memcached). `memcached-cache-backend` then says what replaces `MemcachedCache` from Django 4.1.',
  },
  fix: 'safe',
  fixMinVersion: '1.4',
  checklist: ['memcached-cacheclass'],
  truth: { removed: [old], note: 'MemcachedCache, what the fix writes, is itself removed in 4.1 (memcached-cache-backend proves it), so it is not claimed up to the newest release' },
  paths: [{ old, replacement }],
  examples: {
    valid: [
      {
        code: dedent`
          CACHES = {"default": {"BACKEND": "django.core.cache.backends.memcached.PyLibMCCache", "LOCATION": "127.0.0.1:11211"}}
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          CACHES = {
              "default": {
                  "BACKEND": "django.core.cache.backends.memcached.CacheClass",
                  "LOCATION": "127.0.0.1:11211",
              }
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 3, column: 20, message: '`django.core.cache.backends.memcached.CacheClass` is deprecated since Django 1.4 and removed in 1.6: use `django.core.cache.backends.memcached.MemcachedCache`' },
        ],
        output: dedent`
          CACHES = {
              "default": {
                  "BACKEND": "django.core.cache.backends.memcached.MemcachedCache",
                  "LOCATION": "127.0.0.1:11211",
              }
          }
        `,
      },
      {
        code: dedent`
          CACHES = {'default': {'BACKEND': 'django.core.cache.backends.memcached.CacheClass', 'LOCATION': ['10.0.0.1:11211', '10.0.0.2:11211']}}
        `,
        filename: 'project/settings/production.py',
        errors: [
          { line: 1, column: 34, message: '`django.core.cache.backends.memcached.CacheClass` is deprecated since Django 1.4 and removed in 1.6: use `django.core.cache.backends.memcached.MemcachedCache`' },
        ],
        output: dedent`
          CACHES = {'default': {'BACKEND': 'django.core.cache.backends.memcached.MemcachedCache', 'LOCATION': ['10.0.0.1:11211', '10.0.0.2:11211']}}
        `,
      },
    ],
  },
});
