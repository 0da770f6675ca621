import { dedent, removedMethodsRule } from '../shapes';

export default removedMethodsRule({
  id: 'memcache-get-memcache-timeout',
  title: '`BaseMemcachedCache._get_memcache_timeout()` → `get_backend_timeout()`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `_get_memcache_timeout()` overridden in, or called on `self`/`super()` of, subclasses of Django\'s memcached cache backends, and called on instances the module creates.',
    why: 'Django 1.7 renamed the private method `get_backend_timeout()` (every backend has one now) and called the old name through a deprecation shim; Django 1.9 removed the shim, so an override is no longer called and a call raises `AttributeError`.',
    fixSafety: 'Safe: the same method under its new name. Needs Django 1.7+.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  checklist: ['memcache-get-memcache-timeout'],
  truth: {
    replacements: ['django.core.cache.backends.memcached.BaseMemcachedCache.get_backend_timeout'],
    note: '1.6.11 defines BaseMemcachedCache._get_memcache_timeout; 1.7.11 and 1.8.19 map it through a RenameMethodsBase metaclass (which the static check cannot follow); 1.9.13 has only get_backend_timeout',
  },
  classes: [
    'django.core.cache.backends.memcached.BaseMemcachedCache', 'django.core.cache.backends.memcached.MemcachedCache',
    'django.core.cache.backends.memcached.PyLibMCCache',
  ],
  methods: [{ name: '_get_memcache_timeout', rename: 'get_backend_timeout', subject: '`BaseMemcachedCache._get_memcache_timeout()`', advice: 'use `get_backend_timeout()`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.cache.backends.memcached import MemcachedCache

          class LongCache(MemcachedCache):
              def get_backend_timeout(self, timeout=None):
                  return super(LongCache, self).get_backend_timeout(timeout) * 2
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.cache.backends.memcached import MemcachedCache

          class LongCache(MemcachedCache):
              def _get_memcache_timeout(self, timeout=None):
                  return super(LongCache, self)._get_memcache_timeout(timeout) * 2
        `,
        errors: [
          { line: 4, column: 9, message: '`BaseMemcachedCache._get_memcache_timeout()`, overridden here, is deprecated since Django 1.7 and removed in 1.9: use `get_backend_timeout()`' },
          { line: 5, column: 16, message: '`BaseMemcachedCache._get_memcache_timeout()` is deprecated since Django 1.7 and removed in 1.9: use `get_backend_timeout()`' },
        ],
        output: dedent`
          from django.core.cache.backends.memcached import MemcachedCache

          class LongCache(MemcachedCache):
              def get_backend_timeout(self, timeout=None):
                  return super(LongCache, self).get_backend_timeout(timeout) * 2
        `,
      },
      {
        code: dedent`
          from django.core.cache.backends.memcached import PyLibMCCache

          class QuietCache(PyLibMCCache):
              def set(self, key, value, timeout=None, version=None):
                  self._cache.set(key, value, self._get_memcache_timeout(timeout))
        `,
        errors: [
          { line: 5, column: 37, message: '`BaseMemcachedCache._get_memcache_timeout()` is deprecated since Django 1.7 and removed in 1.9: use `get_backend_timeout()`' },
        ],
        output: dedent`
          from django.core.cache.backends.memcached import PyLibMCCache

          class QuietCache(PyLibMCCache):
              def set(self, key, value, timeout=None, version=None):
                  self._cache.set(key, value, self.get_backend_timeout(timeout))
        `,
      },
    ],
  },
});
