import { dedent, movedNamesRule } from '../shapes';

const classes = ['EscapeData', 'EscapeBytes', 'EscapeText', 'EscapeString', 'EscapeUnicode'];

export default movedNamesRule({
  triggersInCode: true,
  id: 'utils-safestring-mark-for-escaping',
  title: '`mark_for_escaping()` and the `Escape*` classes removed',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
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
    valid: [
      {
        code: dedent`
          from django.utils.html import escape

          value = escape(raw)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.safestring import EscapeData, mark_for_escaping

          value = mark_for_escaping(raw)
          lazy = isinstance(value, EscapeData)
        `,
        errors: [
          { line: 1, column: 37, message: '`EscapeData` is deprecated since Django 1.10 and removed in 2.0: drop it: values are escaped at once now (`django.utils.html.escape()`); test for `SafeData` instead' },
          { line: 1, column: 49, message: '`mark_for_escaping()` is deprecated since Django 1.10 and removed in 2.0: escape the value with `django.utils.html.escape()`, or rely on autoescaping' },
          { line: 3, column: 9, message: '`mark_for_escaping()` is deprecated since Django 1.10 and removed in 2.0: escape the value with `django.utils.html.escape()`, or rely on autoescaping' },
          { line: 4, column: 26, message: '`EscapeData` is deprecated since Django 1.10 and removed in 2.0: drop it: values are escaped at once now (`django.utils.html.escape()`); test for `SafeData` instead' },
        ],
      },
    ],
  },
});
