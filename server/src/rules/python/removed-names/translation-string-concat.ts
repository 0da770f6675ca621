import { deprecationNotes } from '../../docs-links';
import { callArguments } from '../../../engine/python-queries';
import { movedCallRule } from '../../shapes';

export default movedCallRule({
  id: 'translation-string-concat',
  title: '`string_concat(*strings)` → `format_lazy("{}…", *strings)`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docsUrl: deprecationNotes('1.11'),
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
    valid: [{ code: 'from django.utils.text import format_lazy\n\nlabel = format_lazy("{}: {}", name, value)\n' }],
    invalid: [
      {
        code: 'from django.utils.translation import gettext_lazy as _, string_concat\n\nlabel = string_concat(_("Name"), ": ", value)\n',
        findings: 2,
        output: 'from django.utils.translation import gettext_lazy as _\nfrom django.utils.text import format_lazy\n\nlabel = format_lazy("{}{}{}", _("Name"), ": ", value)\n',
      },
    ],
  },
});
