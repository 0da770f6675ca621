import { dedent } from '../shapes';
import { runtimeSettingsRule } from '../shapes/runtime-settings';

const advice = 'use the mailer of `MAILERS` (`django.core.mail.mailers["default"]`)';
const names = ['EMAIL_BACKEND', 'EMAIL_FILE_PATH', 'EMAIL_HOST', 'EMAIL_PORT', 'EMAIL_HOST_USER', 'EMAIL_HOST_PASSWORD', 'EMAIL_USE_TLS', 'EMAIL_USE_SSL', 'EMAIL_SSL_CERTFILE', 'EMAIL_SSL_KEYFILE', 'EMAIL_TIMEOUT'];

export default runtimeSettingsRule({
  id: 'settings-email-use',
  title: '`settings.EMAIL_HOST`, … at run time → `MAILERS`',
  category: 'settings',
  deprecatedIn: '6.1',
  removedIn: null,
  docs: {
    what: 'Finds the e-mail settings Django 6.1 deprecated (`EMAIL_BACKEND`, `EMAIL_HOST`, `EMAIL_PORT`, …) used outside the settings module: read through `django.conf.settings`, or given to `override_settings()`, `settings.configure()` or a test case\'s `self.settings()`. A module that also names `MAILERS` is compatibility code for both and is left alone.',
    why: 'Django 6.1 configures e-mail with `MAILERS` and deprecated reading the old settings on `django.conf.settings` (the "Migrating to MAILERS" guide lists it): once `MAILERS` is defined they are not set.',
  },
  fix: 'none',
  settings: names.map((name) => ({ name, advice })),
  // EMAIL_FILE_PATH never had a default in global_settings (the file backend reads it with getattr).
  truth: { removed: names.filter((name) => name !== 'EMAIL_FILE_PATH').map((name) => `django.conf.global_settings.${name}`) },
  newSettings: ['MAILERS'],
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf import settings


          def smtp_host():
              if getattr(settings, "MAILERS", None):
                  return settings.MAILERS["default"]["OPTIONS"]["host"]
              return settings.EMAIL_HOST
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf import settings
          from django.test import override_settings


          def sender_domain():
              return settings.EMAIL_HOST_USER.split("@")[1]


          @override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
          def test_send():
              pass
        `,
        errors: [
          { line: 6, column: 21, message: 'The `EMAIL_HOST_USER` setting is deprecated since Django 6.1: use the mailer of `MAILERS` (`django.core.mail.mailers["default"]`)' },
          { line: 9, column: 20, message: 'The `EMAIL_BACKEND` setting is deprecated since Django 6.1: use the mailer of `MAILERS` (`django.core.mail.mailers["default"]`)' },
        ],
      },
    ],
  },
});
