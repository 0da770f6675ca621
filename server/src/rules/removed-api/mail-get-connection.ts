import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import { removeImportEntries } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { releaseNotes } from '../docs-links';
import { removeElement } from '../../engine/python-edits';
import { callArguments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const getConnection = 'django.core.mail.get_connection';
const sendFunctions = ['send_mail', 'send_mass_mail', 'mail_admins', 'mail_managers'].map((name) => `django.core.mail.${name}`);

export default definePythonRule({
  id: 'mail-get-connection',
  title: '`get_connection()` → `mailers.default`',
  category: 'removed-api',
  deprecatedIn: '6.1',
  removedIn: null,
  docsUrl: releaseNotes('6.1', 'features-deprecated-in-6-1'),
  docs: {
    what: 'Finds `django.core.mail.get_connection()`.',
    why: 'Django 6.1 replaced email connections with mailers and deprecated `get_connection()`.',
    fixSafety: 'Safe for calls without arguments: `mailers.default` is the default mailer (`mail.get_connection()` becomes `mail.mailers.default`), and `connection=get_connection()` passed to a send function goes, since that is the default. Calls with arguments need a `MAILERS` entry by hand. Needs Django 6.1+.',
  },
  upstream: { djangoUpgrade: 'mail_get_connection' },
  fix: 'safe',
  fixMinVersion: '6.1',
  truth: { note: 'Django 6.1 (mailers) is not among the checked releases yet' },
  triggers: ['get_connection'],
  check(context) {
    const { scopes, text } = context;
    const references = scopes.referencesTo(getConnection).filter((r) => r.node.type === 'attribute' || r.node.text === 'get_connection');
    if (references.length === 0) return;
    const reports: Array<{ node: Node; edits: TextEdit[] | null; direct: boolean }> = [];
    let directStandalone = 0;
    let directBroken = false;
    for (const reference of references) {
      const node = reference.node;
      const direct = node.type === 'identifier';
      const call = node.parent?.type === 'call' && node.parent.childForFieldName('function')?.startIndex === node.startIndex ? node.parent : null;
      const args = call ? callArguments(call) : null;
      if (!call || !args?.list || args.list.namedChildren.some((n) => n && n.type !== 'comment')) {
        if (direct) directBroken = true;
        reports.push({ node, edits: null, direct });
        continue;
      }
      const keyword = call.parent?.type === 'keyword_argument' && call.parent.childForFieldName('name')!.text === 'connection' ? call.parent : null;
      const sender = keyword?.parent?.parent?.type === 'call' ? keyword.parent.parent : null;
      const senderName = sender ? scopes.qualifiedNameOf(sender.childForFieldName('function')) : null;
      if (keyword && sender && senderName && sendFunctions.includes(senderName)) {
        reports.push({ node, edits: removeElement(text, keyword.parent!, keyword), direct });
        continue;
      }
      if (direct) directStandalone++;
      const replacement = direct ? 'mailers.default' : `${node.childForFieldName('object')!.text}.mailers.default`;
      reports.push({ node, edits: [{ start: call.startIndex, end: call.endIndex, text: replacement }], direct });
    }
    const entries = scopes.imports.filter((e) => e.qualifiedName === getConnection && e.module === 'django.core.mail' && !e.aliasNode);
    const importEdits: TextEdit[] = [];
    if (reports.some((r) => r.direct)) {
      if (entries.length !== 1 || (directStandalone > 0 && scopes.isNameBound('mailers'))) directBroken = true;
      else if (directStandalone > 0) importEdits.push({ start: entries[0].entry.startIndex, end: entries[0].entry.endIndex, text: 'mailers' });
      else importEdits.push(...removeImportEntries(text, entries[0].statement, [entries[0].entry]));
    }
    const usable = reports.filter((r) => r.edits && !(r.direct && directBroken));
    let fix;
    try {
      fix = usable.length ? { title: 'Use the default mailer', edits: normalizeEdits([...usable.flatMap((r) => r.edits!), ...(directBroken ? [] : importEdits)]) } : undefined;
    } catch {
      fix = undefined;
    }
    for (const report of reports) {
      context.report({
        node: report.node,
        subject: '`get_connection()`',
        advice: report.edits ? 'use `mailers.default`' : 'configure a mailer in `MAILERS` and use `mailers[…]`',
        fix: report.edits && !(report.direct && directBroken) ? fix : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.mail import mailers

          connection = mailers.default
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.mail import get_connection, send_mail

          connection = get_connection()
          send_mail("Hi", "Body", "a@example.com", ["b@example.com"], connection=get_connection())
        `,
        errors: [
          { line: 3, column: 14, message: '`get_connection()` is deprecated since Django 6.1: use `mailers.default`' },
          { line: 4, column: 72, message: '`get_connection()` is deprecated since Django 6.1: use `mailers.default`' },
        ],
        output: dedent`
          from django.core.mail import mailers, send_mail

          connection = mailers.default
          send_mail("Hi", "Body", "a@example.com", ["b@example.com"])
        `,
      },
      {
        code: dedent`
          from django.core import mail

          connection = mail.get_connection()
          other = mail.get_connection("django.core.mail.backends.smtp.EmailBackend")
        `,
        errors: [
          { line: 3, column: 14, message: '`get_connection()` is deprecated since Django 6.1: use `mailers.default`' },
          { line: 4, column: 9, message: '`get_connection()` is deprecated since Django 6.1: configure a mailer in `MAILERS` and use `mailers[…]`' },
        ],
        output: dedent`
          from django.core import mail

          connection = mail.mailers.default
          other = mail.get_connection("django.core.mail.backends.smtp.EmailBackend")
        `,
      },
    ],
  },
});
