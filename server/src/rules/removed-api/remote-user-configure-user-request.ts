import type { TextEdit } from '../../engine/types';
import { remoteUserBackends, superCalls } from '../shapes/arguments';
import { insertParameter } from '../../engine/python-edits';
import { callArguments } from '../../engine/python-queries';
import { dedent, methodOverrideRule } from '../shapes';

export default methodOverrideRule({
  id: 'remote-user-configure-user-request',
  title: '`RemoteUserBackend.configure_user(self, user)` → `(self, request, user)`',
  category: 'removed-api',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  docs: {
    what: 'Finds `configure_user()` overrides in subclasses of `RemoteUserBackend` that do not take `request` first.',
    why: 'Django 2.2 passes the request to `configure_user()`; 3.1 removed the signature check, so such overrides raise `TypeError`.',
    fixSafety: 'Safe: inserts the `request` parameter before `user`, and passes it on in `super().configure_user(user)`. Needs Django 2.2+.',
  },
  fix: 'safe',
  fixMinVersion: '2.2',
  checklist: ['remote-user-configure-user-no-request'],
  truth: { replacements: ['django.contrib.auth.backends.RemoteUserBackend.configure_user'], note: 'the signature of overrides (user code) changed' },
  bases: remoteUserBackends,
  method: 'configure_user',
  inspect(_context, fn, parameters) {
    const positional = parameters.filter((p) => p.kind === 'positional');
    if (positional.length !== 2 || parameters.some((p) => p.kind === 'args' || p.kind === 'kwargs' || p.name === 'request')) return null;
    const edits: TextEdit[] = [];
    const added = insertParameter(fn, positional[0], 'request');
    if (added) edits.push(added);
    for (const call of superCalls(fn, 'configure_user')) {
      const { list, positional: args, keywords } = callArguments(call);
      if (list && args.length === 1 && keywords.size === 0) edits.push({ start: args[0].startIndex, end: args[0].startIndex, text: 'request, ' });
    }
    return { node: fn.childForFieldName('name')!, subject: '`configure_user()` without `request`', advice: 'accept the request first: `configure_user(self, request, user)`', title: 'Add `request`', edits };
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.auth.backends import RemoteUserBackend

          class Sso(RemoteUserBackend):
              def configure_user(self, request, user, created=True):
                  return user
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.auth.backends import RemoteUserBackend

          class Sso(RemoteUserBackend):
              def configure_user(self, user):
                  user = super().configure_user(user)
                  return user
        `,
        errors: [
          { line: 4, column: 9, message: '`configure_user()` without `request` is deprecated since Django 2.2 and removed in 3.1: accept the request first: `configure_user(self, request, user)`' },
        ],
        output: dedent`
          from django.contrib.auth.backends import RemoteUserBackend

          class Sso(RemoteUserBackend):
              def configure_user(self, request, user):
                  user = super().configure_user(request, user)
                  return user
        `,
      },
      {
        code: dedent`
          from django.contrib.auth.backends import AllowAllUsersRemoteUserBackend


          class HeaderBackend(AllowAllUsersRemoteUserBackend):
              def configure_user(self, user):
                  user.is_staff = True
                  user.save()
                  return user
        `,
        errors: [
          { line: 5, column: 9, message: '`configure_user()` without `request` is deprecated since Django 2.2 and removed in 3.1: accept the request first: `configure_user(self, request, user)`' },
        ],
        output: dedent`
          from django.contrib.auth.backends import AllowAllUsersRemoteUserBackend


          class HeaderBackend(AllowAllUsersRemoteUserBackend):
              def configure_user(self, request, user):
                  user.is_staff = True
                  user.save()
                  return user
        `,
      },
    ],
  },
});
