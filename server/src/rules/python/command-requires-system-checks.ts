import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import { classAssignments, classDefinitions } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const rule: PythonRule = {
  id: 'command-requires-system-checks',
  title: '`requires_system_checks = True/False` → `"__all__"`/`[]`',
  category: 'removed-api',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  languages: ['python'],
  onlyIn: ['management-command'],
  docsUrl: deprecationNotes('3.2'),
  docs: {
    what: 'Finds boolean `requires_system_checks` on management commands (django-upgrade: `management_commands`).',
    why: 'Django 3.2 made it a list of check tags; 4.1 rejects booleans.',
    fixSafety: 'Safe: `True` becomes `"__all__"` and `False` becomes `[]`, the same behaviour. Needs Django 3.2+.',
  },
  fix: 'safe',
  checklist: ['requires-system-checks-bool'],
  truth: { replacements: ['django.core.management.base.BaseCommand.requires_system_checks'], note: 'the setting changed type (bool to list), not name' },
  fixMinVersion: '3.2',
  check(context: PythonRuleContext) {
    for (const command of classDefinitions(context)) {
      for (const { right } of classAssignments(command, 'requires_system_checks')) {
        if (!right || (right.type !== 'true' && right.type !== 'false')) continue;
        const value = right.type === 'true' ? '"__all__"' : '[]';
        context.report({
          node: right,
          subject: 'A boolean `requires_system_checks`',
          advice: `use \`${value}\``,
          fix: { title: `Use \`${value}\``, edits: [{ start: right.startIndex, end: right.endIndex, text: value }] },
        });
      }
    }
  },
  examples: {
    valid: [{ code: 'class Command(BaseCommand):\n    requires_system_checks = []\n', filename: 'shop/management/commands/sync.py' }],
    invalid: [{
      code: 'class Command(BaseCommand):\n    requires_system_checks = False\n',
      filename: 'shop/management/commands/sync.py',
      findings: 1,
      output: 'class Command(BaseCommand):\n    requires_system_checks = []\n',
    }],
  },
};
export default rule;
