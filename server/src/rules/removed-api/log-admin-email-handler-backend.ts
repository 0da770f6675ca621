import { callsWithArguments, dictPairs, stringsEqualTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const handler = 'django.utils.log.AdminEmailHandler';
const advice = 'use `using` with the alias of a mailer of `MAILERS`';

export default definePythonRule({
  id: 'log-admin-email-handler-backend',
  title: '`AdminEmailHandler(email_backend=…)` → `using=`',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: null,
  docs: {
    what: 'Finds the `email_backend` argument of `django.utils.log.AdminEmailHandler`: in a call, and as a key of a `LOGGING` handler whose `class` is `"django.utils.log.AdminEmailHandler"`.',
    why: 'Django 6.1 introduced `MAILERS` and deprecated the handler\'s `email_backend` in favour of `using` (a mailer alias); it is an error together with `using` or once `MAILERS` is defined.',
  },
  fix: 'none',
  truth: { note: 'deprecated in 6.1 (`AdminEmailHandler.__init__` warns when `email_backend` is given, checked in 6.1.3\'s utils/log.py), not removed yet' },
  triggers: ['email_backend'],
  check(context) {
    for (const { keywords } of callsWithArguments(context, [handler])) {
      const keyword = keywords.get('email_backend');
      if (keyword) context.report({ node: keyword.childForFieldName('name')!, subject: 'The `email_backend` argument of `AdminEmailHandler`', advice });
    }
    for (const { node } of stringsEqualTo(context, [handler])) {
      const pair = node.parent;
      const dict = pair?.type === 'pair' ? pair.parent : null;
      if (dict?.type !== 'dictionary') continue;
      const pairs = dictPairs(dict);
      if (pairs.get('class')?.value.startIndex !== node.startIndex) continue;
      const backend = pairs.get('email_backend');
      if (backend) context.report({ node: backend.key, subject: 'The `email_backend` argument of `AdminEmailHandler`', advice });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          LOGGING = {
              "version": 1,
              "handlers": {
                  "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "using": "alerts"},
              },
          }
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          LOGGING = {
              "version": 1,
              "handlers": {
                  "mail_admins": {
                      "level": "ERROR",
                      "class": "django.utils.log.AdminEmailHandler",
                      "email_backend": "django.core.mail.backends.console.EmailBackend",
                  },
              },
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 7, column: 13, message: 'The `email_backend` argument of `AdminEmailHandler` is deprecated since Django 6.1: use `using` with the alias of a mailer of `MAILERS`' },
        ],
      },
      {
        code: dedent`
          from django.utils.log import AdminEmailHandler

          handler = AdminEmailHandler(email_backend="myproject.mail.QueuedBackend")
        `,
        errors: [
          { line: 3, column: 29, message: 'The `email_backend` argument of `AdminEmailHandler` is deprecated since Django 6.1: use `using` with the alias of a mailer of `MAILERS`' },
        ],
      },
    ],
  },
});
