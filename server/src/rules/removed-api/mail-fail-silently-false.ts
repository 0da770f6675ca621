import type { Node } from 'web-tree-sitter';
import { releaseNotes } from '../docs-links';
import { removeElement } from '../../engine/python-edits';
import { callArguments, callsTo } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const sendFunctions = ['send_mail', 'send_mass_mail', 'mail_admins', 'mail_managers'].map((name) => `django.core.mail.${name}`);
const messageClasses = ['EmailMessage', 'EmailMultiAlternatives'].flatMap((name) => [`django.core.mail.${name}`, `django.core.mail.message.${name}`]);

export default definePythonRule({
  id: 'mail-fail-silently-false',
  title: 'Drop `fail_silently=False` from mail calls',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: null,
  docsUrl: releaseNotes('6.1', 'features-deprecated-in-6-1'),
  docs: {
    what: 'Finds `fail_silently=False` passed to `send_mail()`, `send_mass_mail()`, `mail_admins()`, `mail_managers()` and `EmailMessage(…).send()`.',
    why: 'Django 6.1 deprecated the `fail_silently` argument with the move to mailers; `False` is its default, so the argument can simply go.',
    fixSafety: 'Safe on every release: `False` is the default.',
  },
  upstream: { djangoUpgrade: 'mail_fail_silently' },
  fix: 'safe',
  truth: { note: 'Django 6.1 deprecates the argument (RemovedInDjango2028Warning); the checked releases end at 6.0' },
  triggers: ['fail_silently'],
  check(context) {
    const calls: Node[] = callsTo(context, sendFunctions).map(({ call }) => call);
    for (const { call } of callsTo(context, messageClasses)) {
      const send = call.parent?.type === 'attribute' && call.parent.childForFieldName('attribute')!.text === 'send' ? call.parent.parent : null;
      if (send?.type === 'call') calls.push(send);
    }
    for (const call of calls) {
      const { list, keywords } = callArguments(call);
      const argument = keywords.get('fail_silently');
      if (!list || argument?.childForFieldName('value')?.type !== 'false') continue;
      context.report({
        node: argument,
        subject: '`fail_silently=False`',
        advice: 'remove it: `False` is the default',
        fix: { title: 'Remove `fail_silently=False`', edits: removeElement(context.text, list, argument) },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.mail import send_mail

          send_mail("Hi", "Body", "a@example.com", ["b@example.com"])
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.mail import EmailMessage, send_mail

          send_mail("Hi", "Body", "a@example.com", ["b@example.com"], fail_silently=False)
          EmailMessage("Hi", "Body").send(fail_silently=False)
        `,
        errors: [
          { line: 3, column: 61, message: '`fail_silently=False` is deprecated since Django 6.1: remove it: `False` is the default' },
          { line: 4, column: 33, message: '`fail_silently=False` is deprecated since Django 6.1: remove it: `False` is the default' },
        ],
        output: dedent`
          from django.core.mail import EmailMessage, send_mail

          send_mail("Hi", "Body", "a@example.com", ["b@example.com"])
          EmailMessage("Hi", "Body").send()
        `,
      },
      {
        code: dedent`
          from django.core.mail import mail_admins


          def report_failure(error):
              mail_admins(
                  "Import failed",
                  str(error),
                  fail_silently=False,
              )
        `,
        errors: [
          { line: 8, column: 9, message: '`fail_silently=False` is deprecated since Django 6.1: remove it: `False` is the default' },
        ],
        output: dedent`
          from django.core.mail import mail_admins


          def report_failure(error):
              mail_admins(
                  "Import failed",
                  str(error),
              )
        `,
      },
    ],
  },
});
