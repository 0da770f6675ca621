import { stringsEqualTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { removeFromItsList } from '../shapes/django-paths';

const path = 'django.contrib.auth.middleware.SessionAuthenticationMiddleware';

export default definePythonRule({
  id: 'settings-session-auth-middleware',
  title: 'Remove `SessionAuthenticationMiddleware`',
  category: 'settings',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds `SessionAuthenticationMiddleware` in middleware lists of settings modules.',
    why: 'Session verification is always on since Django 1.10, where the class became a no-op; Django 2.0 removed it, so the import fails at startup.',
    fixSafety: 'Safe: removes the list entry, which did nothing since 1.10.',
  },
  fix: 'safe',
  checklist: ['session-auth-middleware-optin'],
  truth: { removed: ['django.contrib.auth.middleware.SessionAuthenticationMiddleware'] },
  fixMinVersion: '1.10',
  triggers: ['SessionAuthenticationMiddleware'],
  check(context) {
    for (const { node } of stringsEqualTo(context, [path])) {
      const edits = removeFromItsList(context.text, node);
      context.report({
        node,
        subject: '`SessionAuthenticationMiddleware`',
        advice: 'remove it: session verification is always on',
        fix: edits ? { title: 'Remove `SessionAuthenticationMiddleware`', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          MIDDLEWARE = ["django.contrib.auth.middleware.AuthenticationMiddleware"]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          MIDDLEWARE_CLASSES = (
              "django.contrib.auth.middleware.AuthenticationMiddleware",
              "django.contrib.auth.middleware.SessionAuthenticationMiddleware",
              "django.contrib.messages.middleware.MessageMiddleware",
          )
        `,
        filename: 'settings.py',
        errors: [
          { line: 3, column: 5, message: '`SessionAuthenticationMiddleware` is deprecated since Django 1.10 and removed in 2.0: remove it: session verification is always on' },
        ],
        output: dedent`
          MIDDLEWARE_CLASSES = (
              "django.contrib.auth.middleware.AuthenticationMiddleware",
              "django.contrib.messages.middleware.MessageMiddleware",
          )
        `,
      },
      {
        code: dedent`
          MIDDLEWARE = ('a.B', 'django.contrib.auth.middleware.SessionAuthenticationMiddleware')
        `,
        filename: 'config/settings/base.py',
        errors: [
          { line: 1, column: 22, message: '`SessionAuthenticationMiddleware` is deprecated since Django 1.10 and removed in 2.0: remove it: session verification is always on' },
        ],
        output: dedent`
          MIDDLEWARE = ('a.B',)
        `,
      },
    ],
  },
});
