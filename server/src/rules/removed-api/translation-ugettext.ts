import { dedent, movedNamesRule } from '../shapes';

const renames: Array<[string, string]> = [
  ['ugettext', 'gettext'],
  ['ugettext_lazy', 'gettext_lazy'],
  ['ugettext_noop', 'gettext_noop'],
  ['ungettext', 'ngettext'],
  ['ungettext_lazy', 'ngettext_lazy'],
];

export default movedNamesRule({
  triggersInCode: true,
  id: 'translation-ugettext',
  title: '`ugettext()` and friends → `gettext()`',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '4.0',
  docs: {
    what: 'Finds the `u`-prefixed translation functions of `django.utils.translation`.',
    why: 'They were Python 2 aliases of the unprefixed functions; Django 4.0 removed them.',
    fixSafety: 'Safe on Python 3; aliases such as `ugettext as _` keep their alias. Needs Django 2.0+ (Python 3 only).',
  },
  upstream: { djangoUpgrade: 'utils_translation' },
  fix: 'safe',
  checklist: ['translation-ugettext', 'translation-ugettext-lazy', 'translation-ugettext-noop', 'translation-ungettext', 'translation-ungettext-lazy'],
  fixMinVersion: '2.0',
  names: renames.map(([old, replacement]) => ({
    old: `django.utils.translation.${old}`,
    replacement: `django.utils.translation.${replacement}`,
    subject: `\`${old}()\``,
    advice: `use \`${replacement}()\``,
  })),
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.translation import gettext_lazy as _
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.translation import ugettext as _, ugettext_lazy

          TITLE = ugettext_lazy("Title")
          print(_("Hello"))
        `,
        errors: [
          { line: 1, column: 38, message: '`ugettext()` is deprecated since Django 3.0 and removed in 4.0: use `gettext()`' },
          { line: 1, column: 53, message: '`ugettext_lazy()` is deprecated since Django 3.0 and removed in 4.0: use `gettext_lazy()`' },
          { line: 3, column: 9, message: '`ugettext_lazy()` is deprecated since Django 3.0 and removed in 4.0: use `gettext_lazy()`' },
        ],
        output: dedent`
          from django.utils.translation import gettext as _, gettext_lazy

          TITLE = gettext_lazy("Title")
          print(_("Hello"))
        `,
      },
      {
        code: dedent`
          from django.utils.translation import ungettext

          def f(n):
              return ungettext("a", "as", n)
        `,
        errors: [
          { line: 1, column: 38, message: '`ungettext()` is deprecated since Django 3.0 and removed in 4.0: use `ngettext()`' },
          { line: 4, column: 12, message: '`ungettext()` is deprecated since Django 3.0 and removed in 4.0: use `ngettext()`' },
        ],
        output: dedent`
          from django.utils.translation import ngettext

          def f(n):
              return ngettext("a", "as", n)
        `,
      },
    ],
  },
});
