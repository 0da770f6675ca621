import type { Node } from 'web-tree-sitter';
import { dedent, movedCallRule } from '../shapes';

export default movedCallRule({
  id: 'utils-functional-allow-lazy',
  title: '`allow_lazy(func, *types)` → `keep_lazy(*types)(func)`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `django.utils.functional.allow_lazy`.',
    why: 'Django 1.10 added the decorator-style `keep_lazy(*resultclasses)` and deprecated `allow_lazy()`, which Django 2.0 removed.',
    fixSafety: 'Safe: `allow_lazy(func, *types)` returned exactly `keep_lazy(*types)(func)`. Only offered when every use is a call whose first argument is the function.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['functional-allow-lazy'],
  names: [{ old: 'django.utils.functional.allow_lazy', replacement: 'django.utils.functional.keep_lazy', subject: '`allow_lazy()`', advice: 'use `keep_lazy(*resultclasses)(func)`' }],
  fixTitle: 'Use `keep_lazy()`',
  rewriteArguments(context, call) {
    const list = call.childForFieldName('arguments');
    const items = (list?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
    if (!list || list.type !== 'argument_list' || items.length === 0 || ['list_splat', 'dictionary_splat', 'keyword_argument'].includes(items[0].type)) return null;
    if (items.some((item) => item.type === 'keyword_argument' || item.type === 'dictionary_splat')) return null;
    const text = (node: Node) => context.text.slice(node.startIndex, node.endIndex);
    return [{ start: list.startIndex, end: list.endIndex, text: `(${items.slice(1).map(text).join(', ')})(${text(items[0])})` }];
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.functional import keep_lazy

          @keep_lazy(str)
          def shout(text):
              return text.upper()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.utils.functional import allow_lazy

          def shout(text):
              return text.upper()
          shout = allow_lazy(shout, str)
        `,
        errors: [
          { line: 1, column: 37, message: '`allow_lazy()` is deprecated since Django 1.10 and removed in 2.0: use `keep_lazy(*resultclasses)(func)`' },
          { line: 5, column: 9, message: '`allow_lazy()` is deprecated since Django 1.10 and removed in 2.0: use `keep_lazy(*resultclasses)(func)`' },
        ],
        output: dedent`
          from django.utils.functional import keep_lazy

          def shout(text):
              return text.upper()
          shout = keep_lazy(str)(shout)
        `,
      },
      {
        code: dedent`
          from django.utils import functional
          from django.utils.safestring import SafeText


          def emphasize(text):
              return "<em>%s</em>" % text


          emphasize = functional.allow_lazy(emphasize, str, SafeText)
        `,
        errors: [
          { line: 9, column: 13, message: '`allow_lazy()` is deprecated since Django 1.10 and removed in 2.0: use `keep_lazy(*resultclasses)(func)`' },
        ],
        output: dedent`
          from django.utils import functional
          from django.utils.safestring import SafeText


          def emphasize(text):
              return "<em>%s</em>" % text


          emphasize = functional.keep_lazy(str, SafeText)(emphasize)
        `,
      },
    ],
  },
});
