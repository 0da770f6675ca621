import { classAssignments, methodCalls, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const modelAdmins = ['django.contrib.admin.options.ModelAdmin'];

export default definePythonRule({
  id: 'select-related-without-fields',
  title: '`select_related()` without fields, `list_select_related = True` → name the relations',
  category: 'models',
  deprecatedIn: '6.1',
  removedIn: null,
  docs: {
    what: 'Finds `select_related()` called with no arguments (which follows every non-null foreign key), and `list_select_related = True` on `ModelAdmin` subclasses.',
    why: 'Django 6.1 deprecated following every non-nullable relation implicitly: the joins grow with the schema. Name the relations to load: `select_related("author", "publisher")`, or use the `FETCH_PEERS` fetch mode.',
  },
  fix: 'none',
  truth: { note: 'a deprecated way of calling `QuerySet.select_related()` (it warns when given no field, checked in 6.1.3\'s query.py), not a removed name' },
  triggers: ['select_related', 'list_select_related'],
  check(context) {
    for (const { call, callee, name } of methodCalls(context, ['select_related'])) {
      const list = call.childForFieldName('arguments');
      if (!list || list.type !== 'argument_list' || list.namedChildren.some((child) => child && child.type !== 'comment')) continue;
      context.report({ node: callee, subject: `\`${name}()\` without fields`, advice: 'name the relations to load: `select_related("author")`' });
    }
    for (const classNode of subclassesOf(context, modelAdmins)) {
      for (const { left, right } of classAssignments(classNode, 'list_select_related')) {
        if (right?.type !== 'true') continue;
        context.report({ node: left, subject: '`list_select_related = True`', advice: 'list the relations (`list_select_related = ["author"]`)' });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          books = Book.objects.select_related("author", "publisher")
        `,
      },
      {
        code: dedent`
          from django.contrib import admin


          class BookAdmin(admin.ModelAdmin):
              list_select_related = ["author"]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib import admin


          def recent_books():
              return Book.objects.select_related().order_by("-published")[:10]


          class BookAdmin(admin.ModelAdmin):
              list_select_related = True
        `,
        errors: [
          { line: 5, column: 12, message: '`select_related()` without fields is deprecated since Django 6.1: name the relations to load: `select_related("author")`' },
          { line: 9, column: 5, message: '`list_select_related = True` is deprecated since Django 6.1: list the relations (`list_select_related = ["author"]`)' },
        ],
      },
    ],
  },
});
