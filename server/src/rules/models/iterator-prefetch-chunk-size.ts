import type { Node } from 'web-tree-sitter';
import { callArguments, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

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

export default definePythonRule({
  id: 'iterator-prefetch-chunk-size',
  title: '`prefetch_related(…).iterator()` needs `chunk_size`',
  category: 'models',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docs: {
    what: 'Finds `.iterator()` without `chunk_size` at the end of a query chain that calls `.prefetch_related(…)`.',
    why: 'Django 4.1 prefetches in chunks when `iterator()` gets a `chunk_size` and warned when it did not (the prefetch was ignored); 5.0 raises `ValueError`.',
    fixSafety: 'Safe: passes `chunk_size=2000`, the default Django uses when prefetching; the objects are the same, with their relations prefetched (fewer queries).',
  },
  fix: 'safe',
  fixMinVersion: '2.0',
  checklist: ['iterator-prefetch-no-chunk-size'],
  truth: { replacements: ['django.db.models.query.QuerySet.iterator'], note: 'the parameter became required in one case, not a name' },
  triggers: ['prefetch_related'],
  check(context) {
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
    valid: [
      {
        code: dedent`
          for book in Book.objects.prefetch_related("authors").iterator(chunk_size=500):
              pass
          for line in f.iterator():
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          for book in Book.objects.filter(x=1).prefetch_related("authors").order_by("id").iterator():
              pass
        `,
        errors: [
          { line: 1, column: 13, message: '`iterator()` without `chunk_size` after `prefetch_related()` is deprecated since Django 4.1 and removed in 5.0: pass a `chunk_size` (for example `chunk_size=2000`)' },
        ],
        output: dedent`
          for book in Book.objects.filter(x=1).prefetch_related("authors").order_by("id").iterator(chunk_size=2000):
              pass
        `,
      },
      {
        code: dedent`
          from shop.models import Order


          def export_orders(writer):
              orders = Order.objects.prefetch_related("lines__product").iterator()
              for order in orders:
                  writer.writerow([order.pk, len(order.lines.all())])
        `,
        errors: [
          { line: 5, column: 14, message: '`iterator()` without `chunk_size` after `prefetch_related()` is deprecated since Django 4.1 and removed in 5.0: pass a `chunk_size` (for example `chunk_size=2000`)' },
        ],
        output: dedent`
          from shop.models import Order


          def export_orders(writer):
              orders = Order.objects.prefetch_related("lines__product").iterator(chunk_size=2000)
              for order in orders:
                  writer.writerow([order.pk, len(order.lines.all())])
        `,
      },
    ],
  },
});
