import { dedent, removedFilterRule } from '../shapes';

export default removedFilterRule({
  id: 'template-fix-ampersands-filter',
  filter: 'fix_ampersands',
  deprecatedIn: '1.7',
  removedIn: '1.8',
  advice: 'remove it; autoescaping already escapes `&`',
  why: 'Autoescaping made it redundant; Django 1.8 removed it, so templates that use it fail to compile.',
  checklist: ['filter-fix-ampersands'],
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
          <p>{{ value|fix_ampersands }}</p>
        `,
        errors: [
          { line: 1, column: 12, message: 'The `fix_ampersands` filter is deprecated since Django 1.7 and removed in 1.8: remove it; autoescaping already escapes `&`' },
        ],
      },
    ],
  },
});
