import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { callArguments, methodCalls } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

/** Whether a method chain (`a.b(...).c(...)`) contains a `.prefetch_related(...)` call. */
function chainPrefetches(node: Node | null): boolean {
  for (let current = node; current; ) {
    if (current.type === 'call') {
      const callee = current.childForFieldName('function');
      if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'prefetch_related') return true;
      current = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    } else if (current.type === 'attribute') {
      current = current.childForFieldName('object');
    } else {
      return false;
    }
  }
  return false;
}

const rule: PythonRule = {
  id: 'iterator-prefetch-chunk-size',
  title: '`prefetch_related(…).iterator()` needs `chunk_size`',
  category: 'models',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  languages: ['python'],
  docsUrl: deprecationNotes('4.1'),
  docs: {
    what: 'Finds `.iterator()` without `chunk_size` at the end of a query chain that calls `.prefetch_related(…)`.',
    why: 'Django 4.1 prefetches in chunks when `iterator()` gets a `chunk_size` and warned when it did not (the prefetch was ignored); 5.0 raises `ValueError`.',
    fixSafety: 'Safe: passes `chunk_size=2000`, the default Django uses when prefetching; the objects are the same, with their relations prefetched (fewer queries).',
  },
  fix: 'safe',
  fixMinVersion: '2.0',
  checklist: ['iterator-prefetch-no-chunk-size'],
  truth: { replacements: ['django.db.models.query.QuerySet.iterator'], note: 'the parameter became required in one case, not a name' },
  check(context: PythonRuleContext) {
    for (const { call, receiver } of methodCalls(context, ['iterator'])) {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      if (!list || positional.length || keywords.has('chunk_size') || hasSplat || !chainPrefetches(receiver)) continue;
      context.report({
        node: call,
        subject: '`iterator()` without `chunk_size` after `prefetch_related()`',
        advice: 'pass a `chunk_size` (for example `chunk_size=2000`)',
        fix: { title: 'Pass `chunk_size=2000`', edits: [{ start: list.startIndex + 1, end: list.startIndex + 1, text: 'chunk_size=2000' }] },
      });
    }
  },
  examples: {
    valid: [{ code: 'for book in Book.objects.prefetch_related("authors").iterator(chunk_size=500):\n    pass\nfor line in f.iterator():\n    pass\n' }],
    invalid: [{
      code: 'for book in Book.objects.filter(x=1).prefetch_related("authors").order_by("id").iterator():\n    pass\n',
      findings: 1,
      output: 'for book in Book.objects.filter(x=1).prefetch_related("authors").order_by("id").iterator(chunk_size=2000):\n    pass\n',
    }],
  },
};
export default rule;
