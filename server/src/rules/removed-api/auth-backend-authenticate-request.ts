import type { Node } from 'web-tree-sitter';
import type { TextEdit } from '../../engine/types';
import { authBackends, superCalls } from '../shapes/arguments';
import { insertParameter } from '../../engine/python-edits';
import { callArguments, derivesFrom, methodsOf } from '../../engine/python-queries';
import { dedent, methodOverrideRule } from '../shapes';

/** `super().authenticate(...)` calls in a method that pass no request. */
function superCallsWithoutRequest(fn: Node): Node[] {
  return superCalls(fn, 'authenticate').filter((call) => {
    const { positional, keywords, hasSplat } = callArguments(call);
    return positional.length === 0 && !keywords.has('request') && !hasSplat;
  });
}

export default methodOverrideRule({
  id: 'auth-backend-authenticate-request',
  title: 'Authentication backends: `authenticate(self, request, …)`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
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
    valid: [
      {
        code: dedent`
          class TokenBackend:
              def authenticate(self, request, token=None):
                  return None

              def get_user(self, user_id):
                  return None
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.auth.backends import ModelBackend

          class EmailBackend(ModelBackend):
              def authenticate(self, username=None, password=None):
                  return super().authenticate(username=username.lower(), password=password)
        `,
        errors: [
          { line: 4, column: 9, message: 'An authentication backend\'s `authenticate()` without `request` is deprecated since Django 1.11 and removed in 2.1: accept the request first: `authenticate(self, request, …)`' },
        ],
        output: dedent`
          from django.contrib.auth.backends import ModelBackend

          class EmailBackend(ModelBackend):
              def authenticate(self, request, username=None, password=None):
                  return super().authenticate(request, username=username.lower(), password=password)
        `,
      },
      {
        code: dedent`
          from django.contrib.auth import get_user_model


          class TokenBackend:
              def authenticate(self, token=None):
                  User = get_user_model()
                  return User.objects.filter(auth_token=token).first()

              def get_user(self, user_id):
                  return get_user_model().objects.filter(pk=user_id).first()
        `,
        errors: [
          { line: 5, column: 9, message: 'An authentication backend\'s `authenticate()` without `request` is deprecated since Django 1.11 and removed in 2.1: accept the request first: `authenticate(self, request, …)`' },
        ],
        output: dedent`
          from django.contrib.auth import get_user_model


          class TokenBackend:
              def authenticate(self, request, token=None):
                  User = get_user_model()
                  return User.objects.filter(auth_token=token).first()

              def get_user(self, user_id):
                  return get_user_model().objects.filter(pk=user_id).first()
        `,
      },
    ],
  },
});
