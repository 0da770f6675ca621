import type { Node } from 'web-tree-sitter';
import { indentationAt, newlineOf } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { dedent, methodOverrideRule } from '../shapes';

export const formViews = [
  'django.views.generic.edit.FormMixin', 'django.views.generic.edit.ModelFormMixin', 'django.views.generic.edit.ProcessFormView',
  'django.views.generic.edit.BaseFormView', 'django.views.generic.edit.FormView', 'django.views.generic.edit.BaseCreateView',
  'django.views.generic.edit.CreateView', 'django.views.generic.edit.BaseUpdateView', 'django.views.generic.edit.UpdateView',
  'django.views.generic.edit.BaseDeleteView', 'django.views.generic.edit.DeleteView',
];

/** Where a statement goes at the start of a function body: after its docstring. */
function bodyStart(body: Node): Node | null {
  const statements = body.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  const first = statements[0];
  if (first?.type === 'expression_statement' && first.firstNamedChild?.type === 'string') return statements[1] ?? null;
  return first ?? null;
}

export default methodOverrideRule({
  id: 'formmixin-get-form-default',
  title: '`get_form(self, form_class)` needs `form_class=None`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `get_form()` overrides in form views (`FormView`, `CreateView`, `UpdateView`, …) whose `form_class` parameter has no default.',
    why: 'Django 1.8 gave `FormMixin.get_form()` a default `form_class=None` and calls it without arguments; 1.10 removed the compatibility wrapper, so such overrides raise `TypeError`.',
    fixSafety: 'Safe: adds `=None` and starts the method with `if form_class is None: form_class = self.get_form_class()`, what Django\'s wrapper did.',
  },
  fix: 'safe',
  checklist: ['formmixin-get-form-no-default'],
  truth: { replacements: ['django.views.generic.edit.FormMixin.get_form_class'], note: 'the default of an override\'s parameter is not a name' },
  bases: formViews,
  method: 'get_form',
  inspect(context, fn, parameters) {
    const formClass = parameters[1];
    if (!formClass || formClass.kind !== 'positional' || formClass.default !== null) return null;
    const edits: TextEdit[] = [];
    const nameNode = formClass.node.type === 'identifier' ? formClass.node : null;
    const body = fn.childForFieldName('body');
    const anchor = body ? bodyStart(body) : null;
    if (nameNode && anchor && anchor.startPosition.row > fn.startPosition.row) {
      const indent = indentationAt(context.text, anchor.startIndex);
      const newline = newlineOf(context.text);
      edits.push({ start: nameNode.endIndex, end: nameNode.endIndex, text: '=None' });
      edits.push({
        start: anchor.startIndex,
        end: anchor.startIndex,
        text: `if ${nameNode.text} is None:${newline}${indent}    ${nameNode.text} = self.get_form_class()${newline}${indent}`,
      });
    }
    return {
      node: formClass.node,
      subject: '`get_form()` overridden with a required `form_class`',
      advice: 'give it a default: `form_class=None`, and use `self.get_form_class()` when it is `None`',
      title: 'Default `form_class` to `None`',
      edits: edits.length ? edits : null,
    };
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.views.generic import FormView

          class V(FormView):
              def get_form(self, form_class=None):
                  return super().get_form(form_class)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.views.generic import FormView

          class V(FormView):
              def get_form(self, form_class):
                  """Bind the user."""
                  return form_class(user=self.request.user, **self.get_form_kwargs())
        `,
        errors: [
          { line: 4, column: 24, message: '`get_form()` overridden with a required `form_class` is deprecated since Django 1.8 and removed in 1.10: give it a default: `form_class=None`, and use `self.get_form_class()` when it is `None`' },
        ],
        output: dedent`
          from django.views.generic import FormView

          class V(FormView):
              def get_form(self, form_class=None):
                  """Bind the user."""
                  if form_class is None:
                      form_class = self.get_form_class()
                  return form_class(user=self.request.user, **self.get_form_kwargs())
        `,
      },
      {
        code: dedent`
          from django.views.generic.edit import UpdateView

          from .forms import ProfileForm


          class ProfileUpdate(UpdateView):
              form_class = ProfileForm

              def get_form(self, form_class):
                  form = super().get_form(form_class)
                  form.fields["email"].disabled = True
                  return form
        `,
        errors: [
          { line: 9, column: 24, message: '`get_form()` overridden with a required `form_class` is deprecated since Django 1.8 and removed in 1.10: give it a default: `form_class=None`, and use `self.get_form_class()` when it is `None`' },
        ],
        output: dedent`
          from django.views.generic.edit import UpdateView

          from .forms import ProfileForm


          class ProfileUpdate(UpdateView):
              form_class = ProfileForm

              def get_form(self, form_class=None):
                  if form_class is None:
                      form_class = self.get_form_class()
                  form = super().get_form(form_class)
                  form.fields["email"].disabled = True
                  return form
        `,
      },
    ],
  },
});
