import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

const classes = ['EscapeData', 'EscapeBytes', 'EscapeText', 'EscapeString', 'EscapeUnicode'];

export default movedNamesRule({
  id: 'utils-safestring-mark-for-escaping',
  title: '`mark_for_escaping()` and the `Escape*` classes removed',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds `mark_for_escaping()`, `EscapeData`, `EscapeBytes`, `EscapeText`, `EscapeString` and `EscapeUnicode` from `django.utils.safestring`.',
    why: 'Django 1.10 made the `escape` filter escape at once, so strings "marked for escaping" lost their purpose; Django 2.0 removed the function and its classes.',
    fixSafety: 'No fix: escaping now happens at once. Use `django.utils.html.escape()` (or `conditional_escape()`) where the value is produced, or let autoescaping do it.',
  },
  fix: 'none',
  checklist: ['mark-for-escaping', 'safestring-escapedata', 'safestring-escapebytes', 'safestring-escapetext', 'safestring-escapestring', 'safestring-escapeunicode'],
  names: [
    { old: 'django.utils.safestring.mark_for_escaping', subject: '`mark_for_escaping()`', advice: 'escape the value with `django.utils.html.escape()`, or rely on autoescaping' },
    ...classes.map((name) => ({
      old: `django.utils.safestring.${name}`,
      subject: `\`${name}\``,
      advice: 'drop it: values are escaped at once now (`django.utils.html.escape()`); test for `SafeData` instead',
    })),
  ],
  truth: {
    removed: ['django.utils.safestring.mark_for_escaping', ...classes.map((name) => `django.utils.safestring.${name}`)],
    replacements: ['django.utils.html.escape', 'django.utils.html.conditional_escape'],
  },
  examples: {
    valid: [{ code: 'from django.utils.html import escape\n\nvalue = escape(raw)\n' }],
    invalid: [{ code: 'from django.utils.safestring import EscapeData, mark_for_escaping\n\nvalue = mark_for_escaping(raw)\nlazy = isinstance(value, EscapeData)\n', findings: 4 }],
  },
});
