import { callArguments } from '../../engine/python-queries';
import { dedent, movedCallRule } from '../shapes';

export default movedCallRule({
  id: 'translation-string-concat',
  title: '`string_concat(*strings)` → `format_lazy("{}…", *strings)`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds `django.utils.translation.string_concat`.',
    why: 'Django 1.11 added `django.utils.text.format_lazy()`, a lazy `str.format()`, and deprecated `string_concat()`; Django 2.1 removed it.',
    fixSafety:
      'Safe: `format_lazy("{}{}", a, b)` is the lazy concatenation `string_concat(a, b)` made. Only offered when every use is a call with positional ' +
      'arguments and no `*args`. Needs Django 1.11+.',
  },
  fix: 'safe',
  fixMinVersion: '1.11',
  checklist: ['string-concat'],
  names: [{ old: 'django.utils.translation.string_concat', replacement: 'django.utils.text.format_lazy', subject: '`string_concat()`', advice: 'use `django.utils.text.format_lazy("{}{}", *strings)`' }],
  fixTitle: 'Use `format_lazy()`',
  rewriteArguments(_context, call) {
    const { list, positional, keywords, hasSplat } = callArguments(call);
    if (!list || list.type !== 'argument_list' || keywords.size || hasSplat) return null;
    const pattern = `"${'{}'.repeat(positional.length)}"`;
    return [{ start: list.startIndex + 1, end: list.startIndex + 1, text: positional.length ? `${pattern}, ` : pattern }];
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.text import format_lazy

          label = format_lazy("{}: {}", name, value)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.translation import gettext_lazy as _, string_concat

          label = string_concat(_("Name"), ": ", value)
        `,
        errors: [
          { line: 1, column: 57, message: '`string_concat()` is deprecated since Django 1.11 and removed in 2.1: use `django.utils.text.format_lazy("{}{}", *strings)`' },
          { line: 3, column: 9, message: '`string_concat()` is deprecated since Django 1.11 and removed in 2.1: use `django.utils.text.format_lazy("{}{}", *strings)`' },
        ],
        output: dedent`
          from django.utils.translation import gettext_lazy as _
          from django.utils.text import format_lazy

          label = format_lazy("{}{}{}", _("Name"), ": ", value)
        `,
      },
      {
        code: dedent`
          from django.utils.translation import gettext_lazy, string_concat

          WELCOME = string_concat(gettext_lazy("Welcome to "), "Example Shop", "!")
        `,
        errors: [
          { line: 1, column: 52, message: '`string_concat()` is deprecated since Django 1.11 and removed in 2.1: use `django.utils.text.format_lazy("{}{}", *strings)`' },
          { line: 3, column: 11, message: '`string_concat()` is deprecated since Django 1.11 and removed in 2.1: use `django.utils.text.format_lazy("{}{}", *strings)`' },
        ],
        output: dedent`
          from django.utils.translation import gettext_lazy
          from django.utils.text import format_lazy

          WELCOME = format_lazy("{}{}{}", gettext_lazy("Welcome to "), "Example Shop", "!")
        `,
      },
    ],
  },
});
