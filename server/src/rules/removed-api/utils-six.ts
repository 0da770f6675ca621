import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
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
    valid: [
      {
        code: dedent`
          import six
          from six import text_type
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils import six

          if isinstance(x, six.string_types):
              pass
        `,
        errors: [
          { line: 1, column: 26, message: '`django.utils.six` was removed in Django 3.0 without a deprecation period: use the Python 3 equivalents (`str`, `dict.items()`, …) or the `six` package' },
          { line: 3, column: 18, message: '`django.utils.six` was removed in Django 3.0 without a deprecation period: use the Python 3 equivalents (`str`, `dict.items()`, …) or the `six` package' },
        ],
      },
      {
        code: dedent`
          from django.utils.six.moves import urllib
        `,
        errors: [
          { line: 1, column: 36, message: '`django.utils.six` was removed in Django 3.0 without a deprecation period: use the Python 3 equivalents (`str`, `dict.items()`, …) or the `six` package' },
        ],
      },
    ],
  },
});
