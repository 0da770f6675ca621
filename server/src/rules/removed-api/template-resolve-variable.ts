import { callArguments } from '../../engine/python-queries';
import { dedent, movedCallRule } from '../shapes';

export default movedCallRule({
  id: 'template-resolve-variable',
  title: '`resolve_variable(path, context)` → `Variable(path).resolve(context)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `django.template.resolve_variable` (also imported from `django.template.base`).',
    why: 'Django 1.8 deprecated the helper in favour of `Variable(path).resolve(context)`, which it only wrapped; Django 1.10 removed it.',
    fixSafety: 'Safe: writes the exact expression the helper evaluated. Only offered when every use is a call with the two arguments given by position.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['template-resolve-variable'],
  names: [
    { old: 'django.template.resolve_variable', replacement: 'django.template.Variable', subject: '`resolve_variable()`', advice: 'use `Variable(path).resolve(context)`' },
    { old: 'django.template.base.resolve_variable', replacement: 'django.template.base.Variable', subject: '`resolve_variable()`', advice: 'use `Variable(path).resolve(context)`' },
  ],
  fixTitle: 'Use `Variable(path).resolve(context)`',
  rewriteArguments(context, call) {
    const { list, positional, keywords, hasSplat } = callArguments(call);
    if (!list || positional.length !== 2 || keywords.size || hasSplat) return null;
    return [{ start: positional[0].endIndex, end: list.endIndex, text: `).resolve(${context.text.slice(positional[1].startIndex, positional[1].endIndex)})` }];
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.template import Variable

          value = Variable("user.name").resolve(context)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template import Node, resolve_variable

          class ShowNode(Node):
              def render(self, context):
                  return resolve_variable(self.path, context)
        `,
        errors: [
          { line: 1, column: 35, message: '`resolve_variable()` is deprecated since Django 1.8 and removed in 1.10: use `Variable(path).resolve(context)`' },
          { line: 5, column: 16, message: '`resolve_variable()` is deprecated since Django 1.8 and removed in 1.10: use `Variable(path).resolve(context)`' },
        ],
        output: dedent`
          from django.template import Node, Variable

          class ShowNode(Node):
              def render(self, context):
                  return Variable(self.path).resolve(context)
        `,
      },
      {
        code: dedent`
          from django.template.base import resolve_variable as rv

          value = rv("a.b", ctx)
        `,
        errors: [
          { line: 1, column: 34, message: '`resolve_variable()` is deprecated since Django 1.8 and removed in 1.10: use `Variable(path).resolve(context)`' },
        ],
        output: dedent`
          from django.template.base import Variable as rv

          value = rv("a.b").resolve(ctx)
        `,
      },
      {
        code: dedent`
          from django.template import resolve_variable

          lookup = resolve_variable
        `,
        errors: [
          { line: 1, column: 29, message: '`resolve_variable()` is deprecated since Django 1.8 and removed in 1.10: use `Variable(path).resolve(context)`' },
          { line: 3, column: 10, message: '`resolve_variable()` is deprecated since Django 1.8 and removed in 1.10: use `Variable(path).resolve(context)`' },
        ],
      },
    ],
  },
});
