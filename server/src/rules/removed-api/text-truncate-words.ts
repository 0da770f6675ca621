import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'text-truncate-words',
  title: '`truncate_words()` / `truncate_html_words()` → `Truncator`',
  category: 'removed-api',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports and uses of `django.utils.text.truncate_words` and `truncate_html_words`.',
    why: 'Django 1.4 added `django.utils.text.Truncator` and deprecated the functions; Django 1.6 removed them.',
  },
  fix: 'none',
  checklist: ['truncate-words', 'truncate-html-words'],
  names: [
    { old: 'django.utils.text.truncate_words', advice: 'use `Truncator(text).words(n)`' },
    { old: 'django.utils.text.truncate_html_words', advice: 'use `Truncator(text).words(n, html=True)`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.text import Truncator

          short = Truncator(body).words(30)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.text import truncate_words

          short = truncate_words(body, 30)
        `,
        errors: [
          { line: 1, column: 31, message: '`django.utils.text.truncate_words` is deprecated since Django 1.4 and removed in 1.6: use `Truncator(text).words(n)`' },
          { line: 3, column: 9, message: '`django.utils.text.truncate_words` is deprecated since Django 1.4 and removed in 1.6: use `Truncator(text).words(n)`' },
        ],
      },
      {
        code: dedent`
          from django.utils import text

          short = text.truncate_html_words(body, 30)
        `,
        errors: [
          { line: 3, column: 9, message: '`django.utils.text.truncate_html_words` is deprecated since Django 1.4 and removed in 1.6: use `Truncator(text).words(n, html=True)`' },
        ],
      },
    ],
  },
});
