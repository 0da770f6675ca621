import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import { removeImportEntries } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { dedent, movedNamesRule, PythonRule, withFileFix } from '../shapes';

const names = ['django.core.mail.BadHeaderError', 'django.core.mail.message.BadHeaderError'];

const finder = movedNamesRule({
  id: 'mail-badheadererror',
  title: '`BadHeaderError` → `ValueError`',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds `BadHeaderError` from `django.core.mail` (or `django.core.mail.message`).',
    why:
      'Django 6.0 builds messages with Python\'s modern email API, which raises `ValueError` for bad headers; `BadHeaderError` became an alias of `ValueError` ' +
      'and is deprecated (removal scheduled for Django 7.0).',
    fixSafety:
      'Safe from Django 6.0 on, where `BadHeaderError` is `ValueError`: uses become `ValueError` and the import goes. (Before 6.0 it was a subclass, so ' +
      '`except ValueError` would catch more; hence the fix needs 6.0.)',
  },
  fix: 'safe',
  fixMinVersion: '6.0',
  checklist: ['mail-badheadererror'],
  names: names.map((old) => ({ old, subject: '`BadHeaderError`', advice: 'use `ValueError`' })),
  truth: { removed: names, note: 'deprecated in 6.0 (served by the module __getattr__ of django.core.mail) with no removal release the checker can read yet: only their presence in 6.0 is checked' },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.mail import send_mail

          try:
              send_mail(subject, body, None, [to])
          except ValueError:
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.mail import BadHeaderError, send_mail

          try:
              send_mail(subject, body, None, [to])
          except BadHeaderError:
              pass
        `,
        errors: [
          { line: 1, column: 30, message: '`BadHeaderError` is deprecated since Django 6.0: use `ValueError`' },
          { line: 5, column: 8, message: '`BadHeaderError` is deprecated since Django 6.0: use `ValueError`' },
        ],
        output: dedent`
          from django.core.mail import send_mail

          try:
              send_mail(subject, body, None, [to])
          except ValueError:
              pass
        `,
      },
      {
        code: dedent`
          from django.core import mail

          try:
              mail.send_mail(subject, body, None, [to])
          except mail.BadHeaderError:
              pass
        `,
        errors: [
          { line: 5, column: 8, message: '`BadHeaderError` is deprecated since Django 6.0: use `ValueError`' },
        ],
        output: dedent`
          from django.core import mail

          try:
              mail.send_mail(subject, body, None, [to])
          except ValueError:
              pass
        `,
      },
    ],
  },
});

/** Every use becomes `ValueError`; imports of the name go. Null when `ValueError` is shadowed. */
function toValueError(context: Parameters<PythonRule['check']>[0]): TextEdit[] | null {
  const { scopes, text } = context;
  if (scopes.isNameBound('ValueError')) return null;
  const edits: TextEdit[] = [];
  const removals = new Map<number, { statement: Node; entries: Node[] }>();
  for (const name of names) {
    for (const reference of scopes.referencesTo(name)) edits.push({ start: reference.node.startIndex, end: reference.node.endIndex, text: 'ValueError' });
    for (const entry of scopes.imports) {
      if (entry.qualifiedName !== name || entry.module === null) continue;
      const slot = removals.get(entry.statement.startIndex) ?? { statement: entry.statement, entries: [] };
      slot.entries.push(entry.entry);
      removals.set(entry.statement.startIndex, slot);
    }
  }
  for (const { statement, entries } of removals.values()) edits.push(...removeImportEntries(text, statement, entries));
  try {
    return normalizeEdits(edits);
  } catch {
    return null;
  }
}

const rule: PythonRule = withFileFix(finder, 'Use `ValueError`', toValueError);
export default rule;
