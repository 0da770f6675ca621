import { callArguments, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'values-list-flat-without-field',
  title: '`values_list(flat=True)` without a field',
  category: 'models',
  deprecatedIn: '6.1',
  removedIn: null,
  docs: {
    what: 'Finds `.values_list(flat=True)` with no field name.',
    why: 'It returned the first field of the model (usually the primary key). Django 6.1 deprecates the call without a field.',
    fixSafety: 'Unsafe (offered, not applied by fix-all): writes `values_list("pk", flat=True)`, which is the same unless the model\'s first concrete field is not its primary key.',
  },
  fix: 'unsafe',
  checklist: ['values-list-flat-no-field'],
  truth: { replacements: ['django.db.models.query.QuerySet.values_list'], note: 'deprecated in 6.1, newer than the releases the check reads' },
  triggers: ['values_list'],
  check(context) {
    for (const { call } of methodCalls(context, ['values_list'])) {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      const flat = keywords.get('flat')?.childForFieldName('value');
      if (!list || positional.length > 0 || hasSplat || flat?.type !== 'true') continue;
      context.report({
        node: call,
        subject: '`values_list(flat=True)` without a field',
        advice: 'name the field: `values_list("pk", flat=True)`',
        fix: { title: 'Use `values_list("pk", flat=True)`', edits: [{ start: list.startIndex + 1, end: list.startIndex + 1, text: '"pk", ' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          ids = Book.objects.values_list("pk", flat=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          ids = Book.objects.values_list(flat=True)
        `,
        errors: [
          { line: 1, column: 7, message: '`values_list(flat=True)` without a field is deprecated since Django 6.1: name the field: `values_list("pk", flat=True)`' },
        ],
        output: dedent`
          ids = Book.objects.values_list("pk", flat=True)
        `,
      },
      {
        code: dedent`
          def paid_order_ids(customer):
              return list(customer.orders.filter(paid=True).values_list(flat=True))
        `,
        errors: [
          { line: 2, column: 17, message: '`values_list(flat=True)` without a field is deprecated since Django 6.1: name the field: `values_list("pk", flat=True)`' },
        ],
        output: dedent`
          def paid_order_ids(customer):
              return list(customer.orders.filter(paid=True).values_list("pk", flat=True))
        `,
      },
    ],
  },
});
