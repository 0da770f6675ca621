import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'html-fix-ampersands',
  title: '`fix_ampersands()` and `clean_html()`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports and uses of `django.utils.html.fix_ampersands` and `clean_html`.',
    why: 'Django 1.7 deprecated both helpers (buggy, undocumented); Django 1.8 removed them.',
  },
  fix: 'none',
  checklist: ['html-fix-ampersands', 'html-clean-html'],
  names: [
    { old: 'django.utils.html.fix_ampersands', advice: 'escape the text with `django.utils.html.escape()`' },
    { old: 'django.utils.html.clean_html', advice: 'clean HTML with a sanitiser such as `bleach`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.html import escape
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.html import fix_ampersands

          safe = fix_ampersands(text)
        `,
        errors: [
          { line: 1, column: 31, message: '`django.utils.html.fix_ampersands` is deprecated since Django 1.7 and removed in 1.8: escape the text with `django.utils.html.escape()`' },
          { line: 3, column: 8, message: '`django.utils.html.fix_ampersands` is deprecated since Django 1.7 and removed in 1.8: escape the text with `django.utils.html.escape()`' },
        ],
      },
    ],
  },
});
