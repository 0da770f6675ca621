import type { Node } from 'web-tree-sitter';
import { dedent, keywordArgumentRule } from '../shapes';

export default keywordArgumentRule({
  id: 'earliest-latest-field-name',
  title: '`earliest(field_name=…)`/`latest(field_name=…)` → positional',
  category: 'removed-api',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  docs: {
    what: 'Finds `field_name=` passed to `earliest()` and `latest()`.',
    why: 'Django 2.0 made them take several field names positionally; 3.0 removed the `field_name` keyword (`TypeError`).',
    fixSafety: 'Safe: passes the value positionally (when it is the only argument).',
  },
  fix: 'safe',
  checklist: ['earliest-latest-field-name'],
  truth: {
    removedParameters: [
      { symbol: 'django.db.models.query.QuerySet.earliest', name: 'field_name' },
      { symbol: 'django.db.models.query.QuerySet.latest', name: 'field_name' },
    ],
  },
  sites: { methods: { names: ['earliest', 'latest'] } },
  keywords: [{
    name: 'field_name',
    advice: 'pass the field name positionally',
    replace(_context, { call, argument, value }) {
      const list = call.childForFieldName('arguments');
      const items = (list?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
      return items.length === 1 ? [{ start: argument.startIndex, end: argument.endIndex, text: value.text }] : null;
    },
  }],
  examples: {
    valid: [
      {
        code: dedent`
          last = Entry.objects.latest("pub_date")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          last = Entry.objects.latest(field_name="pub_date")
        `,
        errors: [
          { line: 1, column: 29, message: '`latest(field_name=…)` is deprecated since Django 2.0 and removed in 3.0: pass the field name positionally' },
        ],
        output: dedent`
          last = Entry.objects.latest("pub_date")
        `,
      },
      {
        code: dedent`
          def first_order(customer):
              return customer.orders.filter(paid=True).earliest(field_name="created_at")
        `,
        errors: [
          { line: 2, column: 55, message: '`earliest(field_name=…)` is deprecated since Django 2.0 and removed in 3.0: pass the field name positionally' },
        ],
        output: dedent`
          def first_order(customer):
              return customer.orders.filter(paid=True).earliest("created_at")
        `,
      },
    ],
  },
});
