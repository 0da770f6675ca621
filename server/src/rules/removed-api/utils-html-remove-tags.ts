import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'utils-html-remove-tags',
  title: '`django.utils.html.remove_tags()` and `strip_entities()` removed',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `remove_tags()` and `strip_entities()` from `django.utils.html`.',
    why: '`remove_tags()` could not guarantee safe output (its result is not HTML-safe), and `strip_entities()` was unused; Django 1.8 deprecated both and 1.10 removed them.',
    fixSafety: 'No fix: there is no drop-in replacement. Use `strip_tags()` (all tags) or a real HTML sanitizer such as bleach/nh3; for entities, `html.unescape()`.',
  },
  fix: 'none',
  checklist: ['html-remove-tags', 'html-strip-entities'],
  names: [
    { old: 'django.utils.html.remove_tags', subject: '`django.utils.html.remove_tags()`', advice: 'use `django.utils.html.strip_tags()` or an HTML sanitizer (bleach, nh3)' },
    { old: 'django.utils.html.strip_entities', subject: '`django.utils.html.strip_entities()`', advice: 'use `html.unescape()` or drop the call' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.html import strip_tags
          strip_tags(text)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.html import remove_tags, strip_entities

          clean = remove_tags(strip_entities(text), "b i")
        `,
        errors: [
          { line: 1, column: 31, message: '`django.utils.html.remove_tags()` is deprecated since Django 1.8 and removed in 1.10: use `django.utils.html.strip_tags()` or an HTML sanitizer (bleach, nh3)' },
          { line: 1, column: 44, message: '`django.utils.html.strip_entities()` is deprecated since Django 1.8 and removed in 1.10: use `html.unescape()` or drop the call' },
          { line: 3, column: 9, message: '`django.utils.html.remove_tags()` is deprecated since Django 1.8 and removed in 1.10: use `django.utils.html.strip_tags()` or an HTML sanitizer (bleach, nh3)' },
          { line: 3, column: 21, message: '`django.utils.html.strip_entities()` is deprecated since Django 1.8 and removed in 1.10: use `html.unescape()` or drop the call' },
        ],
      },
    ],
  },
});
