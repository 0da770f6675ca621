import { dedent } from '../shapes';
import { isFalse, removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-cache-middleware-anonymous-only',
  title: '`CACHE_MIDDLEWARE_ANONYMOUS_ONLY` → `Vary: Cookie` on the views that depend on the user',
  category: 'settings',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  setting: 'CACHE_MIDDLEWARE_ANONYMOUS_ONLY',
  docs: {
    what: 'Finds the `CACHE_MIDDLEWARE_ANONYMOUS_ONLY` setting in settings modules.',
    why: 'Django 1.6 deprecated caching only the pages of anonymous users (it made every request touch the session, and it was unreliable); Django 1.8 stopped reading it, so the cache middleware may serve one user\'s page to another unless those views vary on the cookie.',
    fixSafety: 'Safe for `False` (the old default): the fix removes the setting. `True` needs `vary_on_cookie` (or `cache_control(private=True)`) on the views that depend on the user.',
  },
  removable: isFalse,
  advice: 'mark the views that depend on the user with `@vary_on_cookie` or `@cache_control(private=True)`, and remove the setting',
  truth: { removedSettingReads: ['CACHE_MIDDLEWARE_ANONYMOUS_ONLY'], replacements: ['django.views.decorators.vary.vary_on_cookie'] },
  checklist: ['cache-middleware-anonymous-only'],
  examples: {
    valid: [
      {
        code: dedent`
          CACHE_MIDDLEWARE_SECONDS = 600
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          CACHE_MIDDLEWARE_SECONDS = 600
          CACHE_MIDDLEWARE_ANONYMOUS_ONLY = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `CACHE_MIDDLEWARE_ANONYMOUS_ONLY` setting is deprecated since Django 1.6 and removed in 1.8: mark the views that depend on the user with `@vary_on_cookie` or `@cache_control(private=True)`, and remove the setting' },
        ],
      },
      {
        code: dedent`
          CACHE_MIDDLEWARE_ANONYMOUS_ONLY = False
          CACHE_MIDDLEWARE_KEY_PREFIX = "shop"
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `CACHE_MIDDLEWARE_ANONYMOUS_ONLY` setting is deprecated since Django 1.6 and removed in 1.8: remove it' },
        ],
        output: dedent`
          CACHE_MIDDLEWARE_KEY_PREFIX = "shop"
        `,
      },
      {
        code: dedent`
          DEBUG = False
          CACHE_MIDDLEWARE_ANONYMOUS_ONLY = False
        `,
        filename: 'project/settings/production.py',
        errors: [
          { line: 2, column: 1, message: 'The `CACHE_MIDDLEWARE_ANONYMOUS_ONLY` setting is deprecated since Django 1.6 and removed in 1.8: remove it' },
        ],
        output: dedent`
          DEBUG = False
        `,
      },
    ],
  },
});
