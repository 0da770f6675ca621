import { dedent, movedNamesRule } from '../shapes';

const advice = 'work with the `email.message.EmailMessage` that `EmailMessage.message()` returns since Django 6.0';

export default movedNamesRule({
  triggersInCode: true,
  id: 'mail-safemime-classes',
  title: '`SafeMIMEText`/`SafeMIMEMultipart` → Python\'s `email.message.EmailMessage`',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds `SafeMIMEText` and `SafeMIMEMultipart` from `django.core.mail` (or `django.core.mail.message`).',
    why: 'Django 6.0 builds messages with Python\'s modern email API: `EmailMessage.message()` returns an `email.message.EmailMessage`, and the legacy MIME subclasses are deprecated (removal scheduled for Django 7.0).',
    fixSafety: 'No fix: code that builds or inspects these objects has to use the `email.message.EmailMessage` API.',
  },
  fix: 'none',
  checklist: ['mail-safemimetext', 'mail-safemimemultipart'],
  names: [
    { old: 'django.core.mail.SafeMIMEText', subject: '`SafeMIMEText`', advice },
    { old: 'django.core.mail.message.SafeMIMEText', subject: '`SafeMIMEText`', advice },
    { old: 'django.core.mail.SafeMIMEMultipart', subject: '`SafeMIMEMultipart`', advice },
    { old: 'django.core.mail.message.SafeMIMEMultipart', subject: '`SafeMIMEMultipart`', advice },
  ],
  truth: {
    removed: ['django.core.mail.SafeMIMEText', 'django.core.mail.message.SafeMIMEText', 'django.core.mail.SafeMIMEMultipart', 'django.core.mail.message.SafeMIMEMultipart'],
    replacements: ['django.core.mail.message.EmailMessage.message'],
    note: 'deprecated in 6.0 (served by the module __getattr__ of django.core.mail) with no removal release the checker can read yet',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from email.message import EmailMessage
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.mail import SafeMIMEText

          if isinstance(msg, SafeMIMEText):
              pass
        `,
        errors: [
          { line: 1, column: 30, message: '`SafeMIMEText` is deprecated since Django 6.0: work with the `email.message.EmailMessage` that `EmailMessage.message()` returns since Django 6.0' },
          { line: 3, column: 20, message: '`SafeMIMEText` is deprecated since Django 6.0: work with the `email.message.EmailMessage` that `EmailMessage.message()` returns since Django 6.0' },
        ],
      },
    ],
  },
});
