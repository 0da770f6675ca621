import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'encoding-str-and-unicode',
  title: '`StrAndUnicode` → `__str__` with `python_2_unicode_compatible`',
  category: 'removed-api',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds imports and uses of `django.utils.encoding.StrAndUnicode`.',
    why: 'Django 1.5 deprecated the mixin (it does not work on Python 3); Django 1.7 removed it.',
  },
  fix: 'none',
  checklist: ['str-and-unicode'],
  names: [
    { old: 'django.utils.encoding.StrAndUnicode', advice: 'define `__str__` (on Python 2 with `python_2_unicode_compatible`)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          class Tag:
              def __str__(self):
                  return self.name
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.encoding import StrAndUnicode

          class Tag(StrAndUnicode):
              def __unicode__(self):
                  return self.name
        `,
        errors: [
          { line: 1, column: 35, message: '`django.utils.encoding.StrAndUnicode` is deprecated since Django 1.5 and removed in 1.7: define `__str__` (on Python 2 with `python_2_unicode_compatible`)' },
          { line: 3, column: 11, message: '`django.utils.encoding.StrAndUnicode` is deprecated since Django 1.5 and removed in 1.7: define `__str__` (on Python 2 with `python_2_unicode_compatible`)' },
        ],
      },
    ],
  },
});
