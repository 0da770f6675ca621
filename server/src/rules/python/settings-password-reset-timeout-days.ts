import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import { moduleAssignments } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

/** Values that bind at least as tightly as `*` (django-upgrade leaves them unparenthesised). */
const tightTypes = new Set(['attribute', 'call', 'identifier', 'subscript', 'integer', 'float', 'string', 'concatenated_string', 'true', 'false', 'none']);

const rule: PythonRule = {
  id: 'settings-password-reset-timeout-days',
  title: '`PASSWORD_RESET_TIMEOUT_DAYS` → `PASSWORD_RESET_TIMEOUT`',
  category: 'settings',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  languages: ['python'],
  onlyIn: ['settings'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds `PASSWORD_RESET_TIMEOUT_DAYS = …` in settings modules (django-upgrade: `password_reset_timeout_days`).',
    why: 'Django 3.1 replaced it with `PASSWORD_RESET_TIMEOUT`, in seconds; 4.0 ignores the old setting, so reset links fall back to the 3-day default.',
    fixSafety: 'Safe: writes the same duration in seconds. Needs Django 3.1+.',
  },
  fix: 'safe',
  checklist: ['password-reset-timeout-days'],
  truth: { removed: ['django.conf.global_settings.PASSWORD_RESET_TIMEOUT_DAYS'], replacements: ['django.conf.global_settings.PASSWORD_RESET_TIMEOUT'] },
  fixMinVersion: '3.1',
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'PASSWORD_RESET_TIMEOUT = 259200\n', filename: 'settings.py' }],
    invalid: [
      { code: 'PASSWORD_RESET_TIMEOUT_DAYS = 3\n', filename: 'settings.py', findings: 1, output: 'PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3\n' },
      { code: 'PASSWORD_RESET_TIMEOUT_DAYS = 1 + 1\n', filename: 'settings.py', findings: 1, output: 'PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * (1 + 1)\n' },
      { code: 'import os\nPASSWORD_RESET_TIMEOUT_DAYS = int(os.environ["DAYS"])\n', filename: 'settings.py', findings: 1, output: 'import os\nPASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * int(os.environ["DAYS"])\n' },
    ],
  },
};
export default rule;
