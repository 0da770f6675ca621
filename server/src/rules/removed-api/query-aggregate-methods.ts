import { callArguments, receiverNamed } from '../../engine/python-queries';
import { dedent, removedMethodsRule } from '../shapes';

const queryReceiver = receiverNamed('query');

export default removedMethodsRule({
  id: 'query-aggregate-methods',
  title: 'Private `Query.add_aggregate()`, `set_aggregate_mask()`, `append_aggregate_mask()` → annotation methods',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what:
      'Finds calls of `add_aggregate()`, `set_aggregate_mask()` and `append_aggregate_mask()` on a SQL `Query`: on `something.query` or `query`, ' +
      'on a `Query(...)` the file creates, or on `self` in a `Query` subclass; and overrides of them in such subclasses.',
    why: 'Django 1.8 folded aggregates into annotations, renaming these private methods; Django 1.10 removed the old names.',
    fixSafety:
      'Safe: renames the mask methods (same arguments), and rewrites `add_aggregate(aggregate, model, alias, is_summary)` to ' +
      '`add_annotation(aggregate, alias, is_summary)` when it is called with exactly those four positional arguments.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['query-add-aggregate', 'query-set-aggregate-mask', 'query-append-aggregate-mask'],
  classes: ['django.db.models.sql.query.Query', 'django.db.models.sql.Query'],
  receiver: queryReceiver,
  methods: [
    {
      name: 'add_aggregate',
      subject: '`Query.add_aggregate()`',
      advice: 'use `add_annotation(aggregate, alias, is_summary)` (without the `model` argument)',
      rewrite(context, call, nameNode) {
        const { list, positional, keywords, hasSplat } = callArguments(call);
        if (!list || positional.length !== 4 || keywords.size || hasSplat) return null;
        return {
          title: 'Use `add_annotation()`',
          edits: [
            { start: nameNode.startIndex, end: nameNode.endIndex, text: 'add_annotation' },
            { start: positional[0].endIndex, end: positional[2].startIndex, text: context.text.slice(positional[0].endIndex, positional[1].startIndex) },
          ],
        };
      },
    },
    { name: 'set_aggregate_mask', rename: 'set_annotation_mask', subject: '`Query.set_aggregate_mask()`', advice: 'use `set_annotation_mask()`' },
    { name: 'append_aggregate_mask', rename: 'append_annotation_mask', subject: '`Query.append_aggregate_mask()`', advice: 'use `append_annotation_mask()`' },
  ],
  truth: {
    removed: [
      'django.db.models.sql.query.Query.add_aggregate',
      'django.db.models.sql.query.Query.set_aggregate_mask',
      'django.db.models.sql.query.Query.append_aggregate_mask',
    ],
    replacements: [
      'django.db.models.sql.query.Query.add_annotation',
      'django.db.models.sql.query.Query.set_annotation_mask',
      'django.db.models.sql.query.Query.append_annotation_mask',
    ],
  },
  examples: {
    valid: [
      {
        code: dedent`
          qs.query.set_annotation_mask(["total"])
        `,
      },
      {
        code: dedent`
          class Basket:
              def set_aggregate_mask(self, names):
                  pass

          Basket().set_aggregate_mask([])
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def totals(qs):
              qs.query.add_aggregate(Sum("price"), qs.model, "total", True)
              qs.query.set_aggregate_mask(["total"])
              return qs
        `,
        errors: [
          { line: 2, column: 5, message: '`Query.add_aggregate()` is deprecated since Django 1.8 and removed in 1.10: use `add_annotation(aggregate, alias, is_summary)` (without the `model` argument)' },
          { line: 3, column: 5, message: '`Query.set_aggregate_mask()` is deprecated since Django 1.8 and removed in 1.10: use `set_annotation_mask()`' },
        ],
        output: dedent`
          def totals(qs):
              qs.query.add_annotation(Sum("price"), "total", True)
              qs.query.set_annotation_mask(["total"])
              return qs
        `,
      },
      {
        code: dedent`
          from django.db.models.sql import Query

          class MyQuery(Query):
              def append_aggregate_mask(self, names):
                  super().append_aggregate_mask(names)
        `,
        errors: [
          { line: 4, column: 9, message: '`Query.append_aggregate_mask()`, overridden here, is deprecated since Django 1.8 and removed in 1.10: use `append_annotation_mask()`' },
          { line: 5, column: 9, message: '`Query.append_aggregate_mask()` is deprecated since Django 1.8 and removed in 1.10: use `append_annotation_mask()`' },
        ],
        output: dedent`
          from django.db.models.sql import Query

          class MyQuery(Query):
              def append_annotation_mask(self, names):
                  super().append_annotation_mask(names)
        `,
      },
    ],
  },
});
