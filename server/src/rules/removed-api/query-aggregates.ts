import type { Node } from 'web-tree-sitter';
import { attributeUseRule, dedent } from '../shapes';

/** `qs.query` and names `query`. */
const isQuery = (object: Node) =>
  (object.type === 'identifier' && object.text === 'query') ||
  (object.type === 'attribute' && object.childForFieldName('attribute')?.text === 'query');

export default attributeUseRule({
  id: 'query-aggregates',
  title: '`Query.aggregates`/`aggregate_select` → `annotations`/`annotation_select`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `.aggregates` and `.aggregate_select` on `queryset.query` (and on names `query`).',
    why: 'Django 1.8 merged aggregates into annotations in the private `Query` API; 1.10 removed the old names.',
    fixSafety: 'Safe: the new names are what the old ones returned. Needs Django 1.8+.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['query-aggregates', 'query-aggregate-select'],
  truth: {
    removed: ['django.db.models.sql.query.Query.aggregates', 'django.db.models.sql.query.Query.aggregate_select'],
    replacements: ['django.db.models.sql.query.Query.annotation_select'],
  },
  attributes: [
    { name: 'aggregates', object: isQuery, rename: 'annotations', subject: '`Query.aggregates`', advice: 'use `Query.annotations`' },
    { name: 'aggregate_select', object: isQuery, rename: 'annotation_select', subject: '`Query.aggregate_select`', advice: 'use `Query.annotation_select`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          names = list(qs.query.annotations)
          report.aggregates
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          names = list(qs.query.aggregates)
          selected = qs.query.aggregate_select
        `,
        errors: [
          { line: 1, column: 14, message: '`Query.aggregates` is deprecated since Django 1.8 and removed in 1.10: use `Query.annotations`' },
          { line: 2, column: 12, message: '`Query.aggregate_select` is deprecated since Django 1.8 and removed in 1.10: use `Query.annotation_select`' },
        ],
        output: dedent`
          names = list(qs.query.annotations)
          selected = qs.query.annotation_select
        `,
      },
      {
        code: dedent`
          def annotation_names(queryset):
              query = queryset.query
              return sorted(query.aggregates)
        `,
        errors: [
          { line: 3, column: 19, message: '`Query.aggregates` is deprecated since Django 1.8 and removed in 1.10: use `Query.annotations`' },
        ],
        output: dedent`
          def annotation_names(queryset):
              query = queryset.query
              return sorted(query.annotations)
        `,
      },
    ],
  },
});
