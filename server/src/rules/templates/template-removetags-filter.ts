import { dedent, removedFilterRule } from '../shapes';

export default removedFilterRule({
  id: 'template-removetags-filter',
  filter: 'removetags',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  advice: 'use `|striptags`, or sanitize the HTML in Python with a library such as bleach',
  why: 'It could not guarantee HTML-safe output; Django 1.10 removed it, so templates that use it fail to compile.',
  checklist: ['removetags-filter'],
  examples: {
    valid: [
      {
        code: dedent`
          {{ value|striptags }}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          <p>{{ value|removetags:"b i" }}</p>
        `,
        errors: [
          { line: 1, column: 12, message: 'The `removetags` filter is deprecated since Django 1.8 and removed in 1.10: use `|striptags`, or sanitize the HTML in Python with a library such as bleach' },
        ],
      },
    ],
  },
});
