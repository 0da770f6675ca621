import { releaseNotes } from '../docs-links';
import { movedNamesRule } from '../shapes';

export default movedNamesRule({
  id: 'utils-six',
  title: '`django.utils.six` was removed',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '3.0',
  docsUrl: releaseNotes('3.0', 'removed-private-python-2-compatibility-apis'),
  docs: {
    what: 'Finds imports and uses of the vendored `django.utils.six` module.',
    why: 'Django 3.0 dropped Python 2 and removed its copy of six without a deprecation period.',
    fixSafety: 'No automatic fix: replace each `six` helper with its Python 3 equivalent, or depend on the `six` package.',
  },
  fix: 'none',
  names: [
    { old: 'django.utils.six', subject: '`django.utils.six`', advice: 'use the Python 3 equivalents (`str`, `dict.items()`, …) or the `six` package' },
  ],
  examples: {
    valid: [{ code: 'import six\nfrom six import text_type\n' }],
    invalid: [
      { code: 'from django.utils import six\n\nif isinstance(x, six.string_types):\n    pass\n', findings: 2 },
      { code: 'from django.utils.six.moves import urllib\n', findings: 1 },
    ],
  },
});
