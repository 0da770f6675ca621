import type { Node } from 'web-tree-sitter';
import { deprecationNotes } from '../../docs-links';
import { attributeUseRule } from '../../shapes';

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
  docsUrl: deprecationNotes('1.8'),
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
    valid: [{ code: 'names = list(qs.query.annotations)\nreport.aggregates\n' }],
    invalid: [{
      code: 'names = list(qs.query.aggregates)\nselected = qs.query.aggregate_select\n',
      findings: 2,
      output: 'names = list(qs.query.annotations)\nselected = qs.query.annotation_select\n',
    }],
  },
});
