import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'cache-get-cache',
  title: '`django.core.cache.get_cache()` → `caches[alias]`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `django.core.cache.get_cache`.',
    why: 'Django 1.7 added `django.core.cache.caches` (one cache object per thread) and deprecated `get_cache()`; Django 1.9 removed it.',
  },
  fix: 'none',
  checklist: ['cache-get-cache'],
  names: [
    { old: 'django.core.cache.get_cache', advice: 'use `django.core.cache.caches["alias"]` (a backend path needs a `CACHES` entry)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.cache import caches

          sessions = caches['sessions']
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.cache import get_cache

          sessions = get_cache('sessions')
        `,
        errors: [
          { line: 1, column: 31, message: '`django.core.cache.get_cache` is deprecated since Django 1.7 and removed in 1.9: use `django.core.cache.caches["alias"]` (a backend path needs a `CACHES` entry)' },
          { line: 3, column: 12, message: '`django.core.cache.get_cache` is deprecated since Django 1.7 and removed in 1.9: use `django.core.cache.caches["alias"]` (a backend path needs a `CACHES` entry)' },
        ],
      },
    ],
  },
});
