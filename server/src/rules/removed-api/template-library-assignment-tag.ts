import { attributeAccesses, isInstanceOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const libraries = ['django.template.Library', 'django.template.base.Library', 'django.template.library.Library'];

export default definePythonRule({
  id: 'template-library-assignment-tag',
  title: '`Library.assignment_tag` → `simple_tag`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `assignment_tag` on a template `Library` the file creates (`register = template.Library()`), as a decorator or a call.',
    why: 'Since Django 1.9 `simple_tag` can store its result in a context variable (`{% tag as var %}`), so `assignment_tag` was deprecated; Django 2.0 removed it.',
    fixSafety: 'Safe: with `as var`, the only way an assignment tag could be used, `simple_tag` stores the same unescaped value. Needs Django 1.9+.',
  },
  fix: 'safe',
  fixMinVersion: '1.9',
  checklist: ['assignment-tag'],
  truth: { removed: ['django.template.library.Library.assignment_tag'], replacements: ['django.template.library.Library.simple_tag'] },
  triggers: ['assignment_tag'],
  check(context) {
    for (const attribute of attributeAccesses(context, 'assignment_tag')) {
      const name = attribute.childForFieldName('attribute');
      if (!name || !isInstanceOf(context, attribute.childForFieldName('object'), libraries)) continue;
      context.report({
        node: attribute,
        subject: '`Library.assignment_tag`',
        advice: 'use `simple_tag` (templates keep using `{% tag … as var %}`)',
        fix: { title: 'Use `simple_tag`', edits: [{ start: name.startIndex, end: name.endIndex, text: 'simple_tag' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django import template

          register = template.Library()

          @register.simple_tag
          def latest():
              return []
        `,
      },
      {
        code: dedent`
          @registry.assignment_tag
          def latest():
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django import template

          register = template.Library()

          @register.assignment_tag
          def latest_posts():
              return []

          @register.assignment_tag(takes_context=True)
          def user_posts(context):
              return []
        `,
        errors: [
          { line: 5, column: 2, message: '`Library.assignment_tag` is deprecated since Django 1.9 and removed in 2.0: use `simple_tag` (templates keep using `{% tag … as var %}`)' },
          { line: 9, column: 2, message: '`Library.assignment_tag` is deprecated since Django 1.9 and removed in 2.0: use `simple_tag` (templates keep using `{% tag … as var %}`)' },
        ],
        output: dedent`
          from django import template

          register = template.Library()

          @register.simple_tag
          def latest_posts():
              return []

          @register.simple_tag(takes_context=True)
          def user_posts(context):
              return []
        `,
      },
      {
        code: dedent`
          from django.template.library import Library

          register = Library()


          @register.assignment_tag
          def recent_comments(count=5):
              return []
        `,
        errors: [
          { line: 6, column: 2, message: '`Library.assignment_tag` is deprecated since Django 1.9 and removed in 2.0: use `simple_tag` (templates keep using `{% tag … as var %}`)' },
        ],
        output: dedent`
          from django.template.library import Library

          register = Library()


          @register.simple_tag
          def recent_comments(count=5):
              return []
        `,
      },
    ],
  },
});
