import { dictPairs, settingAssignments, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'mail-admins-debug-filter-shim',
  title: '`LOGGING` `mail_admins` handler without `filters` → add `require_debug_false`',
  category: 'settings',
  deprecatedIn: '1.4',
  removedIn: '1.6',
  docs: {
    what: 'Finds the `mail_admins` handler of the `LOGGING` setting when it has no `filters` key.',
    why: 'Django 1.4 logs every request error, and added a debug-false filter to a `mail_admins` handler without filters (with a warning) so that developers were not e-mailed; Django 1.6 dropped that, so such a handler e-mails the admins on every error in `DEBUG` mode too.',
    fixSafety: 'No fix: the filter must also be defined under `LOGGING["filters"]` (`{"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}}`), and an empty `filters` list is right where mails in debug mode are wanted.',
  },
  fix: 'none',
  onlyIn: ['settings'],
  checklist: ['mail-admins-debug-filter-shim'],
  truth: { removed: ['django.conf.compat_patch_logging_config'], replacements: ['django.utils.log.RequireDebugFalse'] },
  triggers: ['mail_admins'],
  check(context) {
    for (const { right } of settingAssignments(context, 'LOGGING')) {
      const logging = unparenthesized(right);
      if (logging?.type !== 'dictionary') continue;
      const handlers = unparenthesized(dictPairs(logging).get('handlers')?.value ?? null);
      if (handlers?.type !== 'dictionary') continue;
      const handler = dictPairs(handlers).get('mail_admins');
      const value = unparenthesized(handler?.value ?? null);
      if (!handler || value?.type !== 'dictionary' || dictPairs(value).has('filters')) continue;
      // A dict with `**other` may bring its filters from elsewhere.
      if (value.namedChildren.some((n) => n?.type === 'dictionary_splat')) continue;
      context.report({ node: handler.key, subject: 'A `mail_admins` logging handler without `filters`', advice: 'add `"filters": ["require_debug_false"]` (a `django.utils.log.RequireDebugFalse` filter) unless admins should get mails in debug mode' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          LOGGING = {
              "version": 1,
              "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
              "handlers": {
                  "mail_admins": {"level": "ERROR", "filters": ["require_debug_false"], "class": "django.utils.log.AdminEmailHandler"},
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
              "disable_existing_loggers": False,
              "handlers": {
                  "mail_admins": {
                      "level": "ERROR",
                      "class": "django.utils.log.AdminEmailHandler",
                  },
              },
              "loggers": {
                  "django.request": {"handlers": ["mail_admins"], "level": "ERROR", "propagate": True},
              },
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 5, column: 9, message: 'A `mail_admins` logging handler without `filters` is deprecated since Django 1.4 and removed in 1.6: add `"filters": ["require_debug_false"]` (a `django.utils.log.RequireDebugFalse` filter) unless admins should get mails in debug mode' },
        ],
      },
    ],
  },
});
