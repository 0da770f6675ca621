import type { Node } from 'web-tree-sitter';
import type { TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { authBackends } from './shared-paths';
import { insertParameter } from '../../../engine/python-edits';
import { callArguments, derivesFrom, isSuperCall, methodsOf } from '../../../engine/python-queries';
import { methodOverrideRule } from '../../shapes';

/** `super().authenticate(...)` calls in a method that pass no request. */
function superCallsWithoutRequest(fn: Node): Node[] {
  const calls: Node[] = [];
  for (const call of fn.descendantsOfType('call')) {
    const callee = call?.childForFieldName('function');
    if (!call || callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'authenticate') continue;
    const receiver = callee.childForFieldName('object');
    if (!receiver || !isSuperCall(receiver)) continue;
    const { positional, keywords, hasSplat } = callArguments(call);
    if (positional.length === 0 && !keywords.has('request') && !hasSplat) calls.push(call);
  }
  return calls;
}

export default methodOverrideRule({
  id: 'auth-backend-authenticate-request',
  title: 'Authentication backends: `authenticate(self, request, …)`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docsUrl: deprecationNotes('1.11'),
  docs: {
    what: 'Finds `authenticate()` methods of authentication backends (subclasses of Django\'s backends, or classes that also define `get_user()`) whose first parameter is not `request`.',
    why: 'Django 1.11 passes the request to backends; until 2.1 it fell back to calling `authenticate(**credentials)`, from 2.1 it always passes `request` first, so old backends never match (or raise `TypeError`).',
    fixSafety: 'Safe: inserts a `request` parameter first, and passes `request` on in `super().authenticate(…)` calls. Needs Django 1.11+, which checks the signature.',
  },
  fix: 'safe',
  fixMinVersion: '1.11',
  checklist: ['auth-backend-authenticate-no-request'],
  truth: { replacements: ['django.contrib.auth.backends.ModelBackend.authenticate'], note: 'the signature of user backends changed; Django\'s `ModelBackend.authenticate` takes `request` from 1.11' },
  bases: null,
  method: 'authenticate',
  inspect(context, fn, parameters, classNode) {
    if (!derivesFrom(context, classNode, authBackends) && methodsOf(classNode, 'get_user').length === 0) return null;
    const self = parameters[0];
    const first = parameters[1];
    if (!self || self.kind !== 'positional' || first?.name === 'request') return null;
    if (first && first.kind === 'args') return null;
    const edits: TextEdit[] = [];
    const added = insertParameter(fn, self, 'request');
    if (added) edits.push(added);
    for (const call of superCallsWithoutRequest(fn)) {
      const list = call.childForFieldName('arguments');
      if (list) edits.push({ start: list.startIndex + 1, end: list.startIndex + 1, text: list.namedChildren.length ? 'request, ' : 'request' });
    }
    return {
      node: fn.childForFieldName('name')!,
      subject: 'An authentication backend\'s `authenticate()` without `request`',
      advice: 'accept the request first: `authenticate(self, request, …)`',
      title: 'Add the `request` parameter',
      edits,
    };
  },
  examples: {
    valid: [{ code: 'class TokenBackend:\n    def authenticate(self, request, token=None):\n        return None\n\n    def get_user(self, user_id):\n        return None\n' }],
    invalid: [{
      code: 'from django.contrib.auth.backends import ModelBackend\n\nclass EmailBackend(ModelBackend):\n    def authenticate(self, username=None, password=None):\n        return super().authenticate(username=username.lower(), password=password)\n',
      findings: 1,
      output: 'from django.contrib.auth.backends import ModelBackend\n\nclass EmailBackend(ModelBackend):\n    def authenticate(self, request, username=None, password=None):\n        return super().authenticate(request, username=username.lower(), password=password)\n',
    }],
  },
});
