import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'python2-compat-imports',
  title: 'Python 2 shims `ContextDecorator`/`lru_cache` → `contextlib`/`functools`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '3.0',
  docsUrl: releaseNotes('3.0', 'removed-private-python-2-compatibility-apis'),
  docs: {
    what: 'Finds `django.utils.decorators.ContextDecorator` and `lru_cache` from `django.utils.lru_cache` (or `django.utils.functional`, the path django-upgrade\'s `compatibility_imports` lists, which no release had).',
    why: 'They were backports for Python 2; Django 3.0 removed them.',
    fixSafety: 'Safe: the standard library objects they wrapped on Python 3. Needs Django 2.0+ (Python 3 only).',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '2.0',
  truth: {
    removed: ['django.utils.decorators.ContextDecorator', 'django.utils.lru_cache.lru_cache'],
    note: '`django.utils.functional.lru_cache` (listed by django-upgrade) never existed in a release; it is rewritten like the others but not claimed',
  },
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [
    { old: 'django.utils.decorators.ContextDecorator', replacement: 'contextlib.ContextDecorator' },
    { old: 'django.utils.lru_cache.lru_cache', replacement: 'functools.lru_cache' },
    { old: 'django.utils.functional.lru_cache', replacement: 'functools.lru_cache' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from contextlib import ContextDecorator
          from functools import lru_cache
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.decorators import ContextDecorator, method_decorator

          class timed(ContextDecorator):
              pass
        `,
        errors: [
          { line: 1, column: 37, message: '`django.utils.decorators.ContextDecorator` was removed in Django 3.0 without a deprecation period: use `contextlib.ContextDecorator`' },
          { line: 3, column: 13, message: '`django.utils.decorators.ContextDecorator` was removed in Django 3.0 without a deprecation period: use `contextlib.ContextDecorator`' },
        ],
        output: dedent`
          from contextlib import ContextDecorator
          from django.utils.decorators import method_decorator

          class timed(ContextDecorator):
              pass
        `,
      },
      {
        code: dedent`
          from django.utils.lru_cache import lru_cache

          @lru_cache()
          def f():
              return 1
        `,
        errors: [
          { line: 1, column: 36, message: '`django.utils.lru_cache.lru_cache` was removed in Django 3.0 without a deprecation period: use `functools.lru_cache`' },
          { line: 3, column: 2, message: '`django.utils.lru_cache.lru_cache` was removed in Django 3.0 without a deprecation period: use `functools.lru_cache`' },
        ],
        output: dedent`
          from functools import lru_cache

          @lru_cache()
          def f():
              return 1
        `,
      },
    ],
  },
});
