import type { TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { appendToSuperCall, superCalls } from '../../shapes/arguments';
import { remoteUserBackends } from '../../shapes/arguments';
import { appendParameter, insertParameter } from '../../../engine/python-edits';
import { callArguments } from '../../../engine/python-queries';
import { methodOverrideRule } from '../../shapes';

export const configureUserRequest = methodOverrideRule({
  id: 'remote-user-configure-user-request',
  title: '`RemoteUserBackend.configure_user(self, user)` → `(self, request, user)`',
  category: 'removed-api',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  docsUrl: deprecationNotes('2.2'),
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
    valid: [{ code: 'from django.contrib.auth.backends import RemoteUserBackend\n\nclass Sso(RemoteUserBackend):\n    def configure_user(self, request, user, created=True):\n        return user\n' }],
    invalid: [{
      code: 'from django.contrib.auth.backends import RemoteUserBackend\n\nclass Sso(RemoteUserBackend):\n    def configure_user(self, user):\n        user = super().configure_user(user)\n        return user\n',
      findings: 1,
      output: 'from django.contrib.auth.backends import RemoteUserBackend\n\nclass Sso(RemoteUserBackend):\n    def configure_user(self, request, user):\n        user = super().configure_user(request, user)\n        return user\n',
    }],
  },
});

export const configureUserCreated = methodOverrideRule({
  id: 'remote-user-configure-user-created',
  title: '`RemoteUserBackend.configure_user(self, request, user)` → `(…, created=True)`',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docsUrl: deprecationNotes('4.1'),
  docs: {
    what: 'Finds `configure_user()` overrides in subclasses of `RemoteUserBackend` that take `request` but not `created`.',
    why: 'Django 4.1 calls `configure_user()` for existing users too and passes `created`; 5.0 removed the signature check, so such overrides raise `TypeError`.',
    fixSafety: 'Safe: adds `created=True` and passes `created` on in `super().configure_user(request, user)`. Check whether the body should only run for new users. Needs Django 4.1+.',
  },
  fix: 'safe',
  fixMinVersion: '4.1',
  checklist: ['configure-user-created'],
  truth: { replacements: ['django.contrib.auth.backends.RemoteUserBackend.configure_user'], note: 'the signature of overrides (user code) changed' },
  bases: remoteUserBackends,
  method: 'configure_user',
  inspect(_context, fn, parameters) {
    const positional = parameters.filter((p) => p.kind === 'positional');
    if (positional.length !== 3 || positional[1].name !== 'request' || parameters.some((p) => p.kind === 'args' || p.kind === 'kwargs' || p.name === 'created')) return null;
    const edits: TextEdit[] = [];
    const added = appendParameter(fn, parameters, 'created=True');
    if (added) edits.push(added);
    for (const call of superCalls(fn, 'configure_user')) {
      const edit = appendToSuperCall(call, 2, 'created=created');
      if (edit) edits.push(edit);
    }
    return { node: fn.childForFieldName('name')!, subject: '`configure_user()` without `created`', advice: 'accept `created=True` (it is `False` for existing users)', title: 'Add `created=True`', edits };
  },
  examples: {
    valid: [{ code: 'from django.contrib.auth.backends import RemoteUserBackend\n\nclass Sso(RemoteUserBackend):\n    def configure_user(self, request, user, created=True):\n        return user\n' }],
    invalid: [{
      code: 'from django.contrib.auth.backends import RemoteUserBackend\n\nclass Sso(RemoteUserBackend):\n    def configure_user(self, request, user):\n        return super().configure_user(request, user)\n',
      findings: 1,
      output: 'from django.contrib.auth.backends import RemoteUserBackend\n\nclass Sso(RemoteUserBackend):\n    def configure_user(self, request, user, created=True):\n        return super().configure_user(request, user, created=created)\n',
    }],
  },
});
