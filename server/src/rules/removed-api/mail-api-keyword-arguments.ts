import type { TextEdit } from '../../engine/types';
import { callsWithArguments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** How many arguments stay positional, the keyword names of the rest (in order), and whether other keywords are allowed. */
const apis: Record<string, { positional: number; keywords: string[]; extra: boolean }> = {
  get_connection: { positional: 1, keywords: ['fail_silently'], extra: true },
  mail_admins: { positional: 2, keywords: ['fail_silently', 'connection', 'html_message'], extra: false },
  mail_managers: { positional: 2, keywords: ['fail_silently', 'connection', 'html_message'], extra: false },
  send_mail: { positional: 4, keywords: ['fail_silently', 'auth_user', 'auth_password', 'connection', 'html_message'], extra: false },
  send_mass_mail: { positional: 1, keywords: ['fail_silently', 'auth_user', 'auth_password', 'connection'], extra: false },
  EmailMessage: { positional: 4, keywords: ['bcc', 'connection', 'attachments', 'headers', 'cc', 'reply_to'], extra: false },
  EmailMultiAlternatives: { positional: 4, keywords: ['bcc', 'connection', 'attachments', 'headers', 'alternatives', 'cc', 'reply_to'], extra: false },
};
const callables = [
  ...Object.keys(apis).map((name) => `django.core.mail.${name}`),
  'django.core.mail.message.EmailMessage',
  'django.core.mail.message.EmailMultiAlternatives',
];

export default definePythonRule({
  id: 'mail-api-keyword-arguments',
  title: 'Optional arguments of `django.core.mail` APIs by keyword',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds optional arguments passed by position to `send_mail()`, `send_mass_mail()`, `mail_admins()`, `mail_managers()`, `get_connection()`, `EmailMessage` and `EmailMultiAlternatives`.',
    why: 'Django 6.0 made them keyword-only and deprecated passing them by position.',
    fixSafety: 'Safe: the same values, named. Every Django release accepts them by keyword.',
  },
  upstream: { djangoUpgrade: 'mail_api_kwargs' },
  fix: 'safe',
  checklist: ['mail-positional-args'],
  truth: { replacements: ['django.core.mail.send_mail', 'django.core.mail.message.EmailMessage'], note: 'the parameters became keyword-only (deprecate_posargs), not renamed' },
  triggers: ['get_connection', 'mail_admins', 'mail_managers', 'send_mail', 'send_mass_mail', 'EmailMessage', 'EmailMultiAlternatives'],
  check(context) {
    for (const { callee, qualifiedName, positional, keywords, hasSplat } of callsWithArguments(context, callables)) {
      const api = apis[qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1)];
      if (!api || hasSplat) continue;
      const convertible = positional.length - api.positional;
      if (convertible <= 0 || convertible > api.keywords.length) continue;
      const names = api.keywords.slice(0, convertible);
      if (names.some((name) => keywords.has(name))) continue;
      if (!api.extra && [...keywords.keys()].some((name) => !api.keywords.includes(name))) continue;
      const edits: TextEdit[] = names.map((name, i) => {
        const argument = positional[api.positional + i];
        return { start: argument.startIndex, end: argument.startIndex, text: `${name}=` };
      });
      context.report({
        node: positional[api.positional],
        subject: `Optional arguments of \`${callee.text.replace(/^.*\./, '')}()\` by position`,
        advice: `pass them by keyword (\`${names.join('=`, `')}=\`)`,
        fix: { title: 'Pass them by keyword', edits },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.mail import send_mail

          send_mail("Hi", "Body", "a@example.com", ["b@example.com"], fail_silently=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core import mail

          mail.send_mail("Hi", "Body", "a@example.com", ["b@example.com"], True)
          message = mail.EmailMessage("Hi", "Body", "a@example.com", ["b@example.com"], ["bcc@example.com"])
        `,
        errors: [
          { line: 3, column: 66, message: 'Optional arguments of `send_mail()` by position is deprecated since Django 6.0: pass them by keyword (`fail_silently=`)' },
          { line: 4, column: 79, message: 'Optional arguments of `EmailMessage()` by position is deprecated since Django 6.0: pass them by keyword (`bcc=`)' },
        ],
        output: dedent`
          from django.core import mail

          mail.send_mail("Hi", "Body", "a@example.com", ["b@example.com"], fail_silently=True)
          message = mail.EmailMessage("Hi", "Body", "a@example.com", ["b@example.com"], bcc=["bcc@example.com"])
        `,
      },
      {
        code: dedent`
          from django.core.mail import mail_managers


          def notify_managers(order):
              mail_managers("New order", f"Order {order.pk}", True)
        `,
        errors: [
          { line: 5, column: 53, message: 'Optional arguments of `mail_managers()` by position is deprecated since Django 6.0: pass them by keyword (`fail_silently=`)' },
        ],
        output: dedent`
          from django.core.mail import mail_managers


          def notify_managers(order):
              mail_managers("New order", f"Order {order.pk}", fail_silently=True)
        `,
      },
    ],
  },
});
