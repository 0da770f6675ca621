import type { Node } from 'web-tree-sitter';
import { callArguments, stringValue, classAssignments, methodCalls, namesAny, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const editViews = [
  'django.views.generic.edit.ModelFormMixin', 'django.views.generic.edit.BaseCreateView', 'django.views.generic.edit.CreateView',
  'django.views.generic.edit.BaseUpdateView', 'django.views.generic.edit.UpdateView', 'django.views.generic.edit.DeletionMixin',
  'django.views.generic.edit.BaseDeleteView', 'django.views.generic.edit.DeleteView',
];

/** The `str.format` form of a `%(name)s` URL, or null when the string has other `%` or braces. */
export function formatStyle(node: Node): string | null {
  const value = stringValue(node);
  if (value === null || !/%\(/.test(value) || /[{}]/.test(value) || /\\/.test(value)) return null;
  const rest = value.replace(/%\(\w+\)[sd]/g, '').replace(/%%/g, '');
  if (rest.includes('%')) return null;
  const converted = value.replace(/%\((\w+)\)[sd]/g, '{$1}').replace(/%%/g, '%');
  const quote = node.text.endsWith("'") ? "'" : '"';
  const prefix = /^[rRuU]*/.exec(node.text)?.[0] ?? '';
  return `${prefix}${quote}${converted}${quote}`;
}

function hasPlaceholder(node: Node | null): node is Node {
  return node !== null && /%\(\w+\)/.test(stringValue(node) ?? '');
}

export default definePythonRule({
  id: 'success-url-percent-placeholders',
  title: '`success_url = "/x/%(id)s/"` → `"/x/{id}/"`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `%(name)s` placeholders in the `success_url` of create, update and delete views (class attribute or `as_view(success_url=…)`).',
    why: 'Django 1.8 formats `success_url` with `str.format()` (`{name}`); 1.10 dropped the `%` style, so the URL keeps the literal placeholder.',
    fixSafety: 'Safe: rewrites `%(name)s` as `{name}` (both are filled from the object\'s attributes), when the string has no other `%` sequence or braces.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['success-url-percent-syntax'],
  truth: { replacements: ['django.views.generic.edit.ModelFormMixin.get_success_url'], note: 'the placeholder syntax of a string changed, not a name' },
  triggers: ['success_url'],
  check(context) {
    const report = (value: Node) => {
      const converted = formatStyle(value);
      context.report({
        node: value,
        subject: 'A `%(name)s` placeholder in `success_url`',
        advice: 'use `{name}` placeholders',
        fix: converted ? { title: 'Use `{name}` placeholders', edits: [{ start: value.startIndex, end: value.endIndex, text: converted }] } : undefined,
      });
    };
    for (const classNode of subclassesOf(context, editViews)) {
      for (const { right } of classAssignments(classNode, 'success_url')) if (hasPlaceholder(right)) report(right);
    }
    for (const { call, receiver } of methodCalls(context, ['as_view'])) {
      const viewClass = context.scopes.qualifiedNameOf(receiver);
      const local = viewClass === null && receiver.type === 'identifier'
        ? subclassesOf(context, editViews).some((c) => c.childForFieldName('name')?.text === receiver.text)
        : false;
      if (!local && !namesAny(viewClass, editViews)) continue;
      const value = callArguments(call).keywords.get('success_url')?.childForFieldName('value') ?? null;
      if (hasPlaceholder(value)) report(value);
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.views.generic import UpdateView

          class Edit(UpdateView):
              success_url = "/orders/{id}/"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.views.generic import UpdateView, DeleteView

          class Edit(UpdateView):
              success_url = "/orders/%(id)s/"

          urlpatterns = [DeleteView.as_view(success_url="/shops/%(shop_id)s/")]
        `,
        errors: [
          { line: 4, column: 19, message: 'A `%(name)s` placeholder in `success_url` is deprecated since Django 1.8 and removed in 1.10: use `{name}` placeholders' },
          { line: 6, column: 47, message: 'A `%(name)s` placeholder in `success_url` is deprecated since Django 1.8 and removed in 1.10: use `{name}` placeholders' },
        ],
        output: dedent`
          from django.views.generic import UpdateView, DeleteView

          class Edit(UpdateView):
              success_url = "/orders/{id}/"

          urlpatterns = [DeleteView.as_view(success_url="/shops/{shop_id}/")]
        `,
      },
      {
        code: dedent`
          from django.views.generic.edit import CreateView

          from .models import Comment


          class CommentCreate(CreateView):
              model = Comment
              fields = ["body"]
              success_url = "/posts/%(post_id)s/#comment-%(id)s"
        `,
        errors: [
          { line: 9, column: 19, message: 'A `%(name)s` placeholder in `success_url` is deprecated since Django 1.8 and removed in 1.10: use `{name}` placeholders' },
        ],
        output: dedent`
          from django.views.generic.edit import CreateView

          from .models import Comment


          class CommentCreate(CreateView):
              model = Comment
              fields = ["body"]
              success_url = "/posts/{post_id}/#comment-{id}"
        `,
      },
    ],
  },
});
