import { callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'paginator-orphans',
  title: '`Paginator(…, orphans >= per_page)`',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds `Paginator`/`AsyncPaginator` created with literal `per_page` and `orphans` where `orphans` is not smaller than `per_page`.',
    why: 'Such paginators give odd page counts; Django 6.0 deprecated them and will raise `ValueError`.',
    fixSafety: 'No automatic fix: choose `orphans` smaller than `per_page`.',
  },
  fix: 'none',
  checklist: ['paginator-orphans-ge-per-page'],
  truth: { replacements: ['django.core.paginator.Paginator'], note: 'deprecated in 6.0 (RemovedInDjango2028Warning); a value check, not a name' },
  triggers: ['Paginator', 'AsyncPaginator'],
  check(context) {
    for (const { call } of callsTo(context, ['django.core.paginator.Paginator', 'django.core.paginator.AsyncPaginator'])) {
      const { positional, keywords } = callArguments(call);
      const perPage = positional[1] ?? keywords.get('per_page')?.childForFieldName('value');
      const orphans = positional[2] ?? keywords.get('orphans')?.childForFieldName('value');
      if (perPage?.type !== 'integer' || orphans?.type !== 'integer' || Number(orphans.text) < Number(perPage.text)) continue;
      context.report({ node: orphans, subject: `\`orphans=${orphans.text}\` with \`per_page=${perPage.text}\``, advice: 'use fewer orphans than items per page' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.paginator import Paginator

          pages = Paginator(items, 10, orphans=3)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.paginator import Paginator

          pages = Paginator(items, 10, orphans=10)
        `,
        errors: [
          { line: 3, column: 38, message: '`orphans=10` with `per_page=10` is deprecated since Django 6.0: use fewer orphans than items per page' },
        ],
      },
    ],
  },
});
