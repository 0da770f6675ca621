import { settingAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** The e-mail settings Django 6.1 folds into `MAILERS`, and the key of a mailer each becomes. */
const settings: Array<[string, string]> = [
  ['EMAIL_BACKEND', '`"BACKEND"`'],
  ['EMAIL_FILE_PATH', '`"OPTIONS": {"file_path": …}`'],
  ['EMAIL_HOST', '`"OPTIONS": {"host": …}`'],
  ['EMAIL_PORT', '`"OPTIONS": {"port": …}`'],
  ['EMAIL_HOST_USER', '`"OPTIONS": {"username": …}`'],
  ['EMAIL_HOST_PASSWORD', '`"OPTIONS": {"password": …}`'],
  ['EMAIL_USE_TLS', '`"OPTIONS": {"use_tls": …}`'],
  ['EMAIL_USE_SSL', '`"OPTIONS": {"use_ssl": …}`'],
  ['EMAIL_SSL_CERTFILE', '`"OPTIONS": {"ssl_certfile": …}`'],
  ['EMAIL_SSL_KEYFILE', '`"OPTIONS": {"ssl_keyfile": …}`'],
  ['EMAIL_TIMEOUT', '`"OPTIONS": {"timeout": …}`'],
];

export default definePythonRule({
  id: 'settings-email-mailers',
  title: '`EMAIL_BACKEND`, `EMAIL_HOST`, … → `MAILERS`',
  category: 'settings',
  deprecatedIn: '6.1',
  removedIn: null,
  onlyIn: ['settings'],
  docs: {
    what: 'Finds the e-mail settings Django 6.1 deprecated (`EMAIL_BACKEND`, `EMAIL_FILE_PATH`, `EMAIL_HOST`, `EMAIL_PORT`, `EMAIL_HOST_USER`, `EMAIL_HOST_PASSWORD`, `EMAIL_USE_TLS`, `EMAIL_USE_SSL`, `EMAIL_SSL_CERTFILE`, `EMAIL_SSL_KEYFILE`, `EMAIL_TIMEOUT`) in settings modules.',
    why: 'Django 6.1 configures e-mail backends with the `MAILERS` dictionary (several named mailers, each with a `BACKEND` and `OPTIONS`) and deprecated the single-backend settings; the release notes\' "Migrating to MAILERS" gives the mapping.',
  },
  fix: 'none',
  // EMAIL_FILE_PATH never had a default in global_settings (the file backend reads it with getattr).
  truth: { removed: settings.filter(([name]) => name !== 'EMAIL_FILE_PATH').map(([name]) => `django.conf.global_settings.${name}`) },
  triggers: settings.map(([name]) => name),
  check(context) {
    for (const [name, key] of settings) {
      for (const { left } of settingAssignments(context, name)) {
        context.report({ node: left, subject: `The \`${name}\` setting`, advice: `configure \`MAILERS = {"default": {…}}\` instead (this value becomes ${key})` });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          MAILERS = {
              "default": {
                  "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                  "OPTIONS": {"host": "smtp.example.com", "port": 587, "use_tls": True},
              },
          }
          EMAIL_USE_LOCALTIME = True
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
          EMAIL_HOST = "smtp.example.com"
          EMAIL_PORT = 587
          EMAIL_USE_TLS = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `EMAIL_BACKEND` setting is deprecated since Django 6.1: configure `MAILERS = {"default": {…}}` instead (this value becomes `"BACKEND"`)' },
          { line: 2, column: 1, message: 'The `EMAIL_HOST` setting is deprecated since Django 6.1: configure `MAILERS = {"default": {…}}` instead (this value becomes `"OPTIONS": {"host": …}`)' },
          { line: 3, column: 1, message: 'The `EMAIL_PORT` setting is deprecated since Django 6.1: configure `MAILERS = {"default": {…}}` instead (this value becomes `"OPTIONS": {"port": …}`)' },
          { line: 4, column: 1, message: 'The `EMAIL_USE_TLS` setting is deprecated since Django 6.1: configure `MAILERS = {"default": {…}}` instead (this value becomes `"OPTIONS": {"use_tls": …}`)' },
        ],
      },
    ],
  },
});
