import { lastName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { drfReleaseNotes, movedLibraryNames } from '../shapes/libraries';

/** The Python 2 helpers of `rest_framework.compat` that 3.10 removed, and what replaces each. */
const helpers: Record<string, string> = {
  six: 'use Python 3 directly (or the `six` package)',
  unicode_to_repr: 'return the string itself: `__repr__` returns `str` on Python 3',
  unicode_repr: 'use `repr()`',
};

const names = Object.keys(helpers).map((name) => ({ old: `rest_framework.compat.${name}` }));

export default definePythonRule({
  id: 'drf-compat-python2',
  title: '`rest_framework.compat.six`, `unicode_to_repr`, `unicode_repr` were removed',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.10',
  removedIn: '3.10',
  docsUrl: drfReleaseNotes('3.10'),
  triggers: Object.keys(helpers),
  docs: {
    what: `Finds imports and uses of ${Object.keys(helpers).map((name) => `\`rest_framework.compat.${name}\``).join(', ')}.`,
    why: "DRF 3.10 dropped Python 2 and with it the helpers of its private `rest_framework.compat` module that custom fields and serializers borrowed (`unicode_to_repr` in `__repr__` methods); the importing module fails.",
    fixSafety: 'No fix: `unicode_to_repr(x)` becomes `x`, `unicode_repr(x)` `repr(x)` and `six` whatever it stood for, written at each use.',
  },
  fix: 'none',
  truth: { removed: names.map((name) => name.old) },
  check(context) {
    for (const { node, name } of movedLibraryNames(context, names)) {
      const short = lastName(name.old);
      context.report({ node, subject: `\`rest_framework.compat.${short}\``, advice: helpers[short] });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          class Money:
              def __repr__(self):
                  return "<Money %s>" % self.amount
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.compat import unicode_to_repr


          class Money:
              def __repr__(self):
                  return unicode_to_repr("<Money %s>" % self.amount)
        `,
        errors: [
          { line: 1, column: 35, message: '`rest_framework.compat.unicode_to_repr` was removed in Django REST Framework 3.10 without a deprecation period: return the string itself: `__repr__` returns `str` on Python 3' },
          { line: 6, column: 16, message: '`rest_framework.compat.unicode_to_repr` was removed in Django REST Framework 3.10 without a deprecation period: return the string itself: `__repr__` returns `str` on Python 3' },
        ],
      },
      {
        code: dedent`
          from rest_framework.compat import six

          text_type = six.text_type
        `,
        errors: [
          { line: 1, column: 35, message: '`rest_framework.compat.six` was removed in Django REST Framework 3.10 without a deprecation period: use Python 3 directly (or the `six` package)' },
          { line: 3, column: 13, message: '`rest_framework.compat.six` was removed in Django REST Framework 3.10 without a deprecation period: use Python 3 directly (or the `six` package)' },
        ],
      },
    ],
  },
});
