import { filtersNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

export default defineTemplateRule({
  id: 'template-escape-filter-chain',
  title: '`|escape` before other filters escapes earlier from Django 2.0',
  category: 'templates',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds the `escape` filter followed by other filters in the same expression (`{{ x|escape|linebreaksbr }}`).',
    why: 'Before Django 2.0 `escape` only marked the value, which was escaped after the whole filter chain; from 2.0 it escapes at its position (like `conditional_escape()`), so the filters after it see escaped text. As the last filter nothing changes.',
    fixSafety: 'No automatic fix: check what the later filters do with the escaped text; usually `escape` can move to the end of the chain, or go when autoescaping is on.',
  },
  fix: 'none',
  checklist: ['escape-filter-lazy'],
  truth: { replacements: ['django.template.defaultfilters.escape_filter'], note: 'the filter changed behaviour, not name' },
  triggers: ['escape'],
  check(context) {
    for (const filter of filtersNamed(context, ['escape'])) {
      const expression = filter.parent;
      const chain = expression?.namedChildren.filter((n) => n?.type === 'filter') ?? [];
      if (chain[chain.length - 1]?.startIndex === filter.startIndex) continue;
      context.report({ node: filter, subject: '`|escape` before other filters', advice: 'from Django 2.0 it escapes at its position: check the filters after it, or move it last' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {{ comment|linebreaksbr|escape }}{{ comment|escape }}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          <p>{{ comment|escape|linebreaksbr }}</p>
        `,
        errors: [
          { line: 1, column: 14, message: '`|escape` before other filters is deprecated since Django 1.10 and removed in 2.0: from Django 2.0 it escapes at its position: check the filters after it, or move it last' },
        ],
      },
    ],
  },
});
