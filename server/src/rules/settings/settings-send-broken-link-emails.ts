import { dedent } from '../shapes';
import { isFalse, removedSettingRule } from '../shapes/project-config';

export default removedSettingRule({
  id: 'settings-send-broken-link-emails',
  title: '`SEND_BROKEN_LINK_EMAILS` → `BrokenLinkEmailsMiddleware`',
  category: 'settings',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  setting: 'SEND_BROKEN_LINK_EMAILS',
  docs: {
    what: 'Finds the `SEND_BROKEN_LINK_EMAILS` setting in settings modules.',
    why: 'Django 1.6 moved the broken-link e-mails from `CommonMiddleware` into `BrokenLinkEmailsMiddleware` and deprecated the setting; Django 1.8 removed it, so `True` silently stops the e-mails.',
    fixSafety: 'Safe for `False` (the old default): the fix removes the setting. `True` needs the middleware added by hand.',
  },
  removable: isFalse,
  advice: 'add `django.middleware.common.BrokenLinkEmailsMiddleware` to the middleware and remove the setting',
  checklist: ['send-broken-link-emails'],
  examples: {
    valid: [
      {
        code: dedent`
          MANAGERS = [("Ops", "ops@example.com")]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          SEND_BROKEN_LINK_EMAILS = True
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `SEND_BROKEN_LINK_EMAILS` setting is deprecated since Django 1.6 and removed in 1.8: add `django.middleware.common.BrokenLinkEmailsMiddleware` to the middleware and remove the setting' },
        ],
      },
      {
        code: dedent`
          DEBUG = False
          SEND_BROKEN_LINK_EMAILS = False
          MANAGERS = ADMINS
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `SEND_BROKEN_LINK_EMAILS` setting is deprecated since Django 1.6 and removed in 1.8: remove it' },
        ],
        output: dedent`
          DEBUG = False
          MANAGERS = ADMINS
        `,
      },
      {
        code: dedent`
          SEND_BROKEN_LINK_EMAILS = False
          SERVER_EMAIL = "errors@example.com"
        `,
        filename: 'project/settings/base.py',
        errors: [
          { line: 1, column: 1, message: 'The `SEND_BROKEN_LINK_EMAILS` setting is deprecated since Django 1.6 and removed in 1.8: remove it' },
        ],
        output: dedent`
          SERVER_EMAIL = "errors@example.com"
        `,
      },
    ],
  },
});
