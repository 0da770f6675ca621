import { newlineOf } from '../../engine/python-edits';
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { basesOf, classAssignments, classDefinitions, methodsOf, preferredQuote, qualifiedNameOf, sameNode, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const editViews = [
  'django.views.generic.edit.ModelFormMixin', 'django.views.generic.edit.BaseCreateView', 'django.views.generic.edit.CreateView',
  'django.views.generic.edit.BaseUpdateView', 'django.views.generic.edit.UpdateView',
];

/** Every base is a Django class (so no mixin of the project can give `fields` or `form_class`). */
function onlyDjangoBases(context: PythonRuleContext, view: Node): boolean {
  return basesOf(view).every((base) => qualifiedNameOf(context, base)?.startsWith('django.') ?? false);
}

/** Another class of the module derives from it: a base view, whose subclasses may set the fields. */
function isBaseOfAnother(context: PythonRuleContext, view: Node): boolean {
  const name = view.childForFieldName('name')?.text;
  return classDefinitions(context).some((other) => !sameNode(other, view) && basesOf(other).some((b) => b.text === name));
}

export default definePythonRule({
  id: 'editview-without-fields',
  title: '`CreateView`/`UpdateView` without `fields` or `form_class` → list the fields',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds subclasses of `CreateView`, `UpdateView` (and their bases, `ModelFormMixin`) that name a `model` or `queryset` but set neither `fields` nor `form_class` and do not override `get_form_class()`; only where every base is a Django class and no other class of the module derives from the view.',
    why: 'Such a view builds a form with every field of the model, so each new model field becomes editable unnoticed. Django 1.6 deprecated it; since Django 1.8 the view raises `ImproperlyConfigured` on every request.',
    fixSafety: 'Unsafe: the fix adds `fields = "__all__"`, which keeps today\'s behaviour (every field editable): listing the fields the view needs is the point of the change. Needs Django 1.6+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.6',
  locality: 'file',
  checklist: ['editview-without-fields'],
  truth: { replacements: ['django.views.generic.edit.ModelFormMixin.fields'], note: 'the check is Django\'s own ModelFormMixin.get_form_class (1.8.19: ImproperlyConfigured without fields or form_class); what is checked is the replacement' },
  triggers: ['CreateView', 'UpdateView', 'ModelFormMixin', 'BaseCreateView', 'BaseUpdateView'],
  check(context) {
    for (const view of subclassesOf(context, editViews)) {
      if (!onlyDjangoBases(context, view) || isBaseOfAnother(context, view)) continue;
      const model = classAssignments(view, 'model').at(-1) ?? classAssignments(view, 'queryset').at(-1);
      if (!model) continue;
      if (['fields', 'form_class'].some((name) => classAssignments(view, name).length > 0) || methodsOf(view, 'get_form_class').length > 0) continue;
      const quote = preferredQuote(context);
      const indent = ' '.repeat(model.statement.startPosition.column);
      context.report({
        node: view.childForFieldName('name') ?? view,
        subject: 'A model edit view without `fields` or `form_class`',
        advice: `list the form's fields (\`fields = [...]\`), or set \`form_class\``,
        fix: { title: 'Add `fields = "__all__"`', edits: [{ start: model.statement.endIndex, end: model.statement.endIndex, text: `${newlineOf(context.text)}${indent}fields = ${quote}__all__${quote}` }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.views.generic import CreateView

          class BookCreate(CreateView):
              model = Book
              fields = ["title", "author"]
        `,
      },
      {
        code: dedent`
          from django.views.generic import UpdateView

          class BookUpdate(UpdateView):
              model = Book
              form_class = BookForm
        `,
      },
      {
        code: dedent`
          from django.views.generic import UpdateView

          class BookUpdate(OwnerMixin, UpdateView):
              model = Book
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.views.generic import CreateView

          class BookCreate(CreateView):
              model = Book
              success_url = "/books/"
        `,
        errors: [
          { line: 3, column: 7, message: 'A model edit view without `fields` or `form_class` is deprecated since Django 1.6 and removed in 1.8: list the form\'s fields (`fields = [...]`), or set `form_class`' },
        ],
        output: dedent`
          from django.views.generic import CreateView

          class BookCreate(CreateView):
              model = Book
              fields = "__all__"
              success_url = "/books/"
        `,
      },
      {
        code: dedent`
          from django.contrib.auth.mixins import LoginRequiredMixin
          from django.views.generic.edit import UpdateView

          class ProfileUpdate(LoginRequiredMixin, UpdateView):
              queryset = Profile.objects.filter(active=True)
              template_name = "profiles/edit.html"
        `,
        errors: [
          { line: 4, column: 7, message: 'A model edit view without `fields` or `form_class` is deprecated since Django 1.6 and removed in 1.8: list the form\'s fields (`fields = [...]`), or set `form_class`' },
        ],
        output: dedent`
          from django.contrib.auth.mixins import LoginRequiredMixin
          from django.views.generic.edit import UpdateView

          class ProfileUpdate(LoginRequiredMixin, UpdateView):
              queryset = Profile.objects.filter(active=True)
              fields = "__all__"
              template_name = "profiles/edit.html"
        `,
      },
    ],
  },
});
