import { dedent } from '../shapes';
import { runtimeSettingsRule } from '../shapes/runtime-settings';

export default runtimeSettingsRule({
  id: 'settings-middleware-classes-use',
  title: '`settings.MIDDLEWARE_CLASSES` at run time → `settings.MIDDLEWARE`',
  category: 'settings',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `MIDDLEWARE_CLASSES` used outside the settings module: read or changed through `django.conf.settings` (`settings.MIDDLEWARE_CLASSES`, `getattr(settings, "MIDDLEWARE_CLASSES", ())`), or given to `override_settings()`, `modify_settings()`, `settings.configure()` or a test case\'s `self.settings()`. A module that also names `MIDDLEWARE` is compatibility code for both settings and is left alone.',
    why: 'Django 2.0 ignores `MIDDLEWARE_CLASSES` and no longer defines it: reading it raises `AttributeError` (or silently sees the default of `getattr()`), and overriding it changes nothing.',
  },
  fix: 'none',
  checklist: ['middleware-classes'],
  settings: [{ name: 'MIDDLEWARE_CLASSES', advice: 'use `MIDDLEWARE` (new-style middleware)' }],
  newSettings: ['MIDDLEWARE'],
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf import settings


          def uses_sessions():
              middleware = getattr(settings, "MIDDLEWARE", None) or settings.MIDDLEWARE_CLASSES
              return "django.contrib.sessions.middleware.SessionMiddleware" in middleware
        `,
      },
      {
        code: dedent`
          MIDDLEWARE_CLASSES = []


          class Options:
              MIDDLEWARE_CLASSES = ()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf import settings
          from django.test import TestCase, override_settings


          def check_setup():
              if "debug_toolbar.middleware.DebugToolbarMiddleware" not in settings.MIDDLEWARE_CLASSES:
                  settings.MIDDLEWARE_CLASSES += ("debug_toolbar.middleware.DebugToolbarMiddleware",)


          @override_settings(MIDDLEWARE_CLASSES=["django.middleware.common.CommonMiddleware"])
          class PlainTests(TestCase):
              pass
        `,
        errors: [
          { line: 6, column: 74, message: 'The `MIDDLEWARE_CLASSES` setting is deprecated since Django 1.10 and removed in 2.0: use `MIDDLEWARE` (new-style middleware)' },
          { line: 7, column: 18, message: 'The `MIDDLEWARE_CLASSES` setting is deprecated since Django 1.10 and removed in 2.0: use `MIDDLEWARE` (new-style middleware)' },
          { line: 10, column: 20, message: 'The `MIDDLEWARE_CLASSES` setting is deprecated since Django 1.10 and removed in 2.0: use `MIDDLEWARE` (new-style middleware)' },
        ],
      },
      {
        code: dedent`
          from django.conf import settings
          from django.test import TestCase


          class LocaleTests(TestCase):
              def test_locale(self):
                  with self.settings(MIDDLEWARE_CLASSES=("django.middleware.locale.LocaleMiddleware",)):
                      self.client.get("/")


          if not settings.configured:
              settings.configure(**{"MIDDLEWARE_CLASSES": ()})
        `,
        errors: [
          { line: 7, column: 28, message: 'The `MIDDLEWARE_CLASSES` setting is deprecated since Django 1.10 and removed in 2.0: use `MIDDLEWARE` (new-style middleware)' },
          { line: 12, column: 27, message: 'The `MIDDLEWARE_CLASSES` setting is deprecated since Django 1.10 and removed in 2.0: use `MIDDLEWARE` (new-style middleware)' },
        ],
      },
    ],
  },
});
