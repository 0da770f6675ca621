import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import { callArguments } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const rule: PythonRule = {
  id: 'user-is-authenticated-call',
  title: '`user.is_authenticated()` → `user.is_authenticated`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds `is_authenticated()` and `is_anonymous()` called as methods on a user (`user`, `request.user`, `self.request.user`) (django-upgrade: `request_user_attributes`).',
    why: 'They became properties in Django 1.10; from 2.0 calling them raises `TypeError: \'bool\' object is not callable`.',
    fixSafety: 'Safe: drops the call parentheses. Needs Django 1.10+, where the properties exist.',
  },
  fix: 'safe',
  checklist: ['user-is-authenticated-call'],
  truth: { replacements: ['django.contrib.auth.base_user.AbstractBaseUser.is_authenticated'], note: 'the change is from a method to a property of the same name' },
  fixMinVersion: '1.10',
  check(context: PythonRuleContext) {
    for (const call of context.tree.rootNode.descendantsOfType('call')) {
      if (!call) continue;
      const callee = call.childForFieldName('function');
      const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
      if (name !== 'is_authenticated' && name !== 'is_anonymous') continue;
      const receiver = callee!.childForFieldName('object');
      if (!receiver || !/(^|\.|_)user$/i.test(receiver.text.replace(/\s+/g, ''))) continue;
      const { list, positional, keywords, hasSplat } = callArguments(call);
      if (!list || positional.length || keywords.size || hasSplat) continue;
      context.report({
        node: call,
        subject: `\`${name}()\` called as a method`,
        advice: `use the \`${name}\` property without parentheses`,
        fix: { title: `Use the \`${name}\` property`, edits: [{ start: list.startIndex, end: list.endIndex, text: '' }] },
      });
    }
  },
  examples: {
    valid: [{ code: 'if request.user.is_authenticated:\n    pass\n' }, { code: 'if session.is_authenticated():\n    pass\n' }],
    invalid: [{
      code: 'def view(request):\n    if request.user.is_authenticated():\n        return 1\n    return user.is_anonymous()\n',
      findings: 2,
      output: 'def view(request):\n    if request.user.is_authenticated:\n        return 1\n    return user.is_anonymous\n',
    }],
  },
};
export default rule;
