import { releaseNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
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
    valid: [{ code: 'from contextlib import ContextDecorator\nfrom functools import lru_cache\n' }],
    invalid: [{
      code: 'from django.utils.decorators import ContextDecorator, method_decorator\n\nclass timed(ContextDecorator):\n    pass\n',
      findings: 2,
      output: 'from contextlib import ContextDecorator\nfrom django.utils.decorators import method_decorator\n\nclass timed(ContextDecorator):\n    pass\n',
    }, {
      code: 'from django.utils.lru_cache import lru_cache\n\n@lru_cache()\ndef f():\n    return 1\n',
      findings: 2,
      output: 'from functools import lru_cache\n\n@lru_cache()\ndef f():\n    return 1\n',
    }],
  },
});
