import { callArguments, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'select-related-depth',
  title: '`select_related(depth=…)` → name the relations',
  category: 'models',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds the `depth` argument of `select_related()`.',
    why: 'Django 1.5 deprecated following relations to a depth; Django 1.7 removed the argument (`select_related(*fields)` raises `TypeError`).',
  },
  fix: 'none',
  checklist: ['select-related-depth'],
  truth: { note: '`QuerySet.select_related(self, *fields, **kwargs)` read `depth` from `**kwargs` with a warning until 1.6.11; 1.7.11 has `select_related(self, *fields)`' },
  triggers: ['depth'],
  check(context) {
    for (const { call } of methodCalls(context, ['select_related'])) {
      const keyword = callArguments(call).keywords.get('depth');
      if (keyword) context.report({ node: keyword, subject: '`select_related(depth=…)`', advice: 'name the relations to follow (`select_related("author__publisher")`)' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          books = Book.objects.select_related("author__publisher")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          books = Book.objects.select_related(depth=2).filter(published=True)
        `,
        errors: [
          { line: 1, column: 37, message: '`select_related(depth=…)` is deprecated since Django 1.5 and removed in 1.7: name the relations to follow (`select_related("author__publisher")`)' },
        ],
      },
    ],
  },
});
