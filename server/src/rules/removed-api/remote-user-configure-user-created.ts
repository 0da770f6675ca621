import { remoteUserBackends } from '../shapes/arguments';
import { addedParameterRule, dedent } from '../shapes';

export default addedParameterRule({
  id: 'remote-user-configure-user-created',
  title: '`RemoteUserBackend.configure_user(self, request, user)` → `(…, created=True)`',
  category: 'removed-api',
  deprecatedIn: '4.1',
  removedIn: '5.0',
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
  positional: 3,
  accepts: (positional) => positional[1].name === 'request',
  parameter: 'created',
  text: 'created=True',
  passOn: 'created=created',
  subject: '`configure_user()` without `created`',
  advice: 'accept `created=True` (it is `False` for existing users)',
  fixTitle: 'Add `created=True`',
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
              def configure_user(self, request, user):
                  return super().configure_user(request, user)
        `,
        errors: [
          { line: 4, column: 9, message: '`configure_user()` without `created` is deprecated since Django 4.1 and removed in 5.0: accept `created=True` (it is `False` for existing users)' },
        ],
        output: dedent`
          from django.contrib.auth.backends import RemoteUserBackend

          class Sso(RemoteUserBackend):
              def configure_user(self, request, user, created=True):
                  return super().configure_user(request, user, created=created)
        `,
      },
      {
        code: dedent`
          from django.contrib.auth import backends


          class LdapBackend(backends.RemoteUserBackend):
              create_unknown_user = True

              def configure_user(self, request, user):
                  user.email = request.META.get("HTTP_X_EMAIL", "")
                  user.save()
                  return user
        `,
        errors: [
          { line: 7, column: 9, message: '`configure_user()` without `created` is deprecated since Django 4.1 and removed in 5.0: accept `created=True` (it is `False` for existing users)' },
        ],
        output: dedent`
          from django.contrib.auth import backends


          class LdapBackend(backends.RemoteUserBackend):
              create_unknown_user = True

              def configure_user(self, request, user, created=True):
                  user.email = request.META.get("HTTP_X_EMAIL", "")
                  user.save()
                  return user
        `,
      },
    ],
  },
});
