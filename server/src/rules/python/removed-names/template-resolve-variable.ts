import { deprecationNotes } from '../../docs-links';
import { callArguments } from '../../../engine/python-queries';
import { movedCallRule } from '../../shapes';

export default movedCallRule({
  id: 'template-resolve-variable',
  title: '`resolve_variable(path, context)` → `Variable(path).resolve(context)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docsUrl: deprecationNotes('1.8'),
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
    valid: [{ code: 'from django.template import Variable\n\nvalue = Variable("user.name").resolve(context)\n' }],
    invalid: [
      {
        code: 'from django.template import Node, resolve_variable\n\nclass ShowNode(Node):\n    def render(self, context):\n        return resolve_variable(self.path, context)\n',
        findings: 2,
        output: 'from django.template import Node, Variable\n\nclass ShowNode(Node):\n    def render(self, context):\n        return Variable(self.path).resolve(context)\n',
      },
      {
        code: 'from django.template.base import resolve_variable as rv\n\nvalue = rv("a.b", ctx)\n',
        findings: 1,
        output: 'from django.template.base import Variable as rv\n\nvalue = rv("a.b").resolve(ctx)\n',
      },
      {
        code: 'from django.template import resolve_variable\n\nlookup = resolve_variable\n',
        findings: 2,
      },
    ],
  },
});
