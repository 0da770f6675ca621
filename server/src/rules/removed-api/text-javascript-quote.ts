import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'text-javascript-quote',
  title: '`django.utils.text.javascript_quote()` → `escapejs()`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `django.utils.text.javascript_quote`.',
    why: 'Django 1.7 deprecated `javascript_quote()`; Django 1.9 removed it.',
  },
  fix: 'none',
  checklist: ['javascript-quote'],
  names: [
    { old: 'django.utils.text.javascript_quote', advice: 'use `django.utils.html.escapejs()` or `json.dumps()`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.html import escapejs
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.text import javascript_quote
        `,
        errors: [
          { line: 1, column: 31, message: '`django.utils.text.javascript_quote` is deprecated since Django 1.7 and removed in 1.9: use `django.utils.html.escapejs()` or `json.dumps()`' },
        ],
      },
    ],
  },
});
