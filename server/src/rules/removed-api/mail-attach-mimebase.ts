import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { callArguments, enclosingFunction, methodCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** `email.mime` classes (the legacy API). */
function isMimeObject(context: PythonRuleContext, value: Node, assigned: Map<string, Node[]>): boolean {
  if (value.type === 'call') return /^email\.mime\./.test(context.scopes.qualifiedNameOf(value.childForFieldName('function')) ?? '');
  if (value.type !== 'identifier') return false;
  const scope = enclosingFunction(value);
  return (assigned.get(value.text) ?? []).some((call) => enclosingFunction(call)?.startIndex === scope?.startIndex);
}

export default definePythonRule({
  id: 'mail-attach-mimebase',
  title: '`EmailMessage.attach(<email.mime object>)` → `MIMEPart`',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds `.attach(…)` calls whose argument is an `email.mime` object (`MIMEText(…)`, `MIMEImage(…)`, … or a name assigned from one in the same function).',
    why: 'Django 6.0 moved e-mail to Python\'s modern `email.message` API; attaching legacy `MIMEBase` objects is deprecated.',
    fixSafety: 'No automatic fix: build an `email.message.MIMEPart` (or pass `filename, content, mimetype`).',
  },
  fix: 'none',
  checklist: ['mail-attach-mimebase'],
  truth: { replacements: ['django.core.mail.message.EmailMessage.attach'], note: 'deprecated in 6.0 (RemovedInDjango2028Warning); the argument type changed, not a name' },
  triggers: ['mime'],
  check(context) {
    const assigned = new Map<string, Node[]>();
    for (const reference of context.scopes.references) {
      if (!/^email\.mime\./.test(reference.qualifiedName)) continue;
      const call = reference.node.parent;
      const parent = call?.type === 'call' ? call.parent : null;
      const left = parent?.type === 'assignment' ? parent.childForFieldName('left') : null;
      if (left?.type === 'identifier') assigned.set(left.text, [...(assigned.get(left.text) ?? []), parent!]);
    }
    for (const { call } of methodCalls(context, ['attach'])) {
      const { positional, keywords } = callArguments(call);
      const first = positional[0] ?? keywords.get('filename')?.childForFieldName('value');
      if (positional.length === 1 && first && isMimeObject(context, first, assigned)) {
        context.report({ node: first, subject: 'Attaching an `email.mime` object', advice: 'attach an `email.message.MIMEPart`, or pass `filename, content, mimetype`' });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.mail import EmailMessage

          msg = EmailMessage("s", "b", to=["a@example.com"])
          msg.attach("a.txt", "hello", "text/plain")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from email.mime.text import MIMEText
          from django.core.mail import EmailMessage

          def send():
              msg = EmailMessage("s", "b", to=["a@example.com"])
              part = MIMEText("hello")
              msg.attach(part)
        `,
        errors: [
          { line: 7, column: 16, message: 'Attaching an `email.mime` object is deprecated since Django 6.0: attach an `email.message.MIMEPart`, or pass `filename, content, mimetype`' },
        ],
      },
    ],
  },
});
