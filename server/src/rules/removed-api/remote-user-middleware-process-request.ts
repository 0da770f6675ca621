import { classDefinitions, derivesFrom, methodsOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const remoteUserClasses = [
  'django.contrib.auth.middleware.RemoteUserMiddleware',
  'django.contrib.auth.middleware.PersistentRemoteUserMiddleware',
];

export default definePythonRule({
  id: 'remote-user-middleware-process-request',
  title: '`RemoteUserMiddleware` subclasses need `aprocess_request()`',
  category: 'removed-api',
  deprecatedIn: '5.2',
  removedIn: '6.1',
  docs: {
    what: 'Finds subclasses of `RemoteUserMiddleware`/`PersistentRemoteUserMiddleware` that override `process_request()` but not `aprocess_request()`.',
    why: 'Django 5.2 made the middleware async-capable: under ASGI it calls `aprocess_request()`. Until 6.1 it falls back to an overridden `process_request()` with a warning; from 6.1 async requests skip the override.',
    fixSafety: 'No automatic fix: write an `async def aprocess_request(self, request)` with the same logic (awaiting the async ORM and auth calls).',
  },
  fix: 'none',
  checklist: ['remoteusermiddleware-process-request-only'],
  truth: { replacements: ['django.contrib.auth.middleware.RemoteUserMiddleware.aprocess_request'] },
  triggers: ['RemoteUserMiddleware', 'PersistentRemoteUserMiddleware'],
  check(context) {
    for (const cls of classDefinitions(context)) {
      const methods = new Map(methodsOf(cls).map((m) => [m.name, m.definition]));
      const override = methods.get('process_request');
      if (!override || methods.has('aprocess_request') || !derivesFrom(context, cls, remoteUserClasses)) continue;
      context.report({
        node: override.childForFieldName('name') ?? override,
        subject: `\`${cls.childForFieldName('name')?.text}.process_request()\` without \`aprocess_request()\``,
        advice: 'override `aprocess_request()` too, for requests served asynchronously',
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.auth.middleware import RemoteUserMiddleware

          class Header(RemoteUserMiddleware):
              header = "HTTP_X_USER"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.auth import middleware

          class Header(middleware.RemoteUserMiddleware):
              def process_request(self, request):
                  request.META.setdefault("REMOTE_USER", "")
                  super().process_request(request)
        `,
        errors: [
          { line: 4, column: 9, message: '`Header.process_request()` without `aprocess_request()` is deprecated since Django 5.2 and removed in 6.1: override `aprocess_request()` too, for requests served asynchronously' },
        ],
      },
    ],
  },
});
