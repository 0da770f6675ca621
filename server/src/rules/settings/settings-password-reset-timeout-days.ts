import { moduleAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

/** Values that bind at least as tightly as `*` (django-upgrade leaves them unparenthesised). */
const tightTypes = new Set(['attribute', 'call', 'identifier', 'subscript', 'integer', 'float', 'string', 'concatenated_string', 'true', 'false', 'none']);

export default definePythonRule({
  id: 'settings-password-reset-timeout-days',
  title: '`PASSWORD_RESET_TIMEOUT_DAYS` → `PASSWORD_RESET_TIMEOUT`',
  category: 'settings',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  onlyIn: ['settings'],
  docs: {
    what: 'Finds `PASSWORD_RESET_TIMEOUT_DAYS = …` in settings modules.',
    why: 'Django 3.1 replaced it with `PASSWORD_RESET_TIMEOUT`, in seconds; 4.0 ignores the old setting, so reset links fall back to the 3-day default.',
    fixSafety: 'Safe: writes the same duration in seconds. Needs Django 3.1+.',
  },
  upstream: { djangoUpgrade: 'password_reset_timeout_days' },
  fix: 'safe',
  // The fix and message depend on whether another statement sets the new name: it runs on the whole file after every edit.
  locality: 'file',
  checklist: ['password-reset-timeout-days'],
  truth: { removed: ['django.conf.global_settings.PASSWORD_RESET_TIMEOUT_DAYS'], replacements: ['django.conf.global_settings.PASSWORD_RESET_TIMEOUT'] },
  fixMinVersion: '3.1',
  triggers: ['PASSWORD_RESET_TIMEOUT_DAYS'],
  check(context) {
    const conflict = moduleAssignments(context, 'PASSWORD_RESET_TIMEOUT').length > 0;
    for (const { assignment, left, right } of moduleAssignments(context, 'PASSWORD_RESET_TIMEOUT_DAYS')) {
      const plain = assignment.type === 'assignment' && right !== null && !conflict;
      context.report({
        node: left,
        subject: 'The `PASSWORD_RESET_TIMEOUT_DAYS` setting',
        advice: 'use `PASSWORD_RESET_TIMEOUT`, in seconds',
        fix: plain
          ? {
              title: 'Use `PASSWORD_RESET_TIMEOUT`',
              edits: [
                { start: left.startIndex, end: left.endIndex, text: 'PASSWORD_RESET_TIMEOUT' },
                { start: right!.startIndex, end: right!.endIndex, text: `60 * 60 * 24 * ${tightTypes.has(right!.type) ? right!.text : `(${right!.text})`}` },
              ],
            }
          : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          PASSWORD_RESET_TIMEOUT = 259200
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          PASSWORD_RESET_TIMEOUT_DAYS = 3
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `PASSWORD_RESET_TIMEOUT_DAYS` setting is deprecated since Django 3.1 and removed in 4.0: use `PASSWORD_RESET_TIMEOUT`, in seconds' },
        ],
        output: dedent`
          PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3
        `,
      },
      {
        code: dedent`
          PASSWORD_RESET_TIMEOUT_DAYS = 1 + 1
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 1, message: 'The `PASSWORD_RESET_TIMEOUT_DAYS` setting is deprecated since Django 3.1 and removed in 4.0: use `PASSWORD_RESET_TIMEOUT`, in seconds' },
        ],
        output: dedent`
          PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * (1 + 1)
        `,
      },
      {
        code: dedent`
          import os
          PASSWORD_RESET_TIMEOUT_DAYS = int(os.environ["DAYS"])
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `PASSWORD_RESET_TIMEOUT_DAYS` setting is deprecated since Django 3.1 and removed in 4.0: use `PASSWORD_RESET_TIMEOUT`, in seconds' },
        ],
        output: dedent`
          import os
          PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * int(os.environ["DAYS"])
        `,
      },
      {
        // The new setting is there too: no rewrite, whichever statement was edited last.
        code: dedent`
          PASSWORD_RESET_TIMEOUT = 259200
          PASSWORD_RESET_TIMEOUT_DAYS = 3
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 1, message: 'The `PASSWORD_RESET_TIMEOUT_DAYS` setting is deprecated since Django 3.1 and removed in 4.0: use `PASSWORD_RESET_TIMEOUT`, in seconds' },
        ],
      },
    ],
  },
});
