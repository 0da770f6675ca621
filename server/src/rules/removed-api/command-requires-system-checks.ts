import { attributeAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'command-requires-system-checks',
  title: '`requires_system_checks = True/False` → `"__all__"`/`[]`',
  category: 'removed-api',
  deprecatedIn: '3.2',
  removedIn: '4.1',
  onlyIn: ['management-command'],
  docs: {
    what: 'Finds boolean `requires_system_checks` on management commands.',
    why: 'Django 3.2 made it a list of check tags; 4.1 rejects booleans.',
    fixSafety: 'Safe: `True` becomes `"__all__"` and `False` becomes `[]`, the same behaviour. Needs Django 3.2+.',
  },
  upstream: { djangoUpgrade: 'management_commands' },
  fix: 'safe',
  checklist: ['requires-system-checks-bool'],
  truth: { replacements: ['django.core.management.base.BaseCommand.requires_system_checks'], note: 'the setting changed type (bool to list), not name' },
  fixMinVersion: '3.2',
  triggers: ['requires_system_checks'],
  check(context) {
    for (const { right } of attributeAssignments(context, 'requires_system_checks')) {
      if (!right || (right.type !== 'true' && right.type !== 'false')) continue;
      const value = right.type === 'true' ? '"__all__"' : '[]';
      context.report({
        node: right,
        subject: 'A boolean `requires_system_checks`',
        advice: `use \`${value}\``,
        fix: { title: `Use \`${value}\``, edits: [{ start: right.startIndex, end: right.endIndex, text: value }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          class Command(BaseCommand):
              requires_system_checks = []
        `,
        filename: 'shop/management/commands/sync.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          class Command(BaseCommand):
              requires_system_checks = False
        `,
        filename: 'shop/management/commands/sync.py',
        errors: [
          { line: 2, column: 30, message: 'A boolean `requires_system_checks` is deprecated since Django 3.2 and removed in 4.1: use `[]`' },
        ],
        output: dedent`
          class Command(BaseCommand):
              requires_system_checks = []
        `,
      },
      {
        code: dedent`
          from django.core.management.base import BaseCommand


          class Command(BaseCommand):
              help = "Rebuilds the search index."
              requires_system_checks = True

              def handle(self, *args, **options):
                  self.stdout.write("rebuilt")
        `,
        filename: 'search/management/commands/rebuild_index.py',
        errors: [
          { line: 6, column: 30, message: 'A boolean `requires_system_checks` is deprecated since Django 3.2 and removed in 4.1: use `"__all__"`' },
        ],
        output: dedent`
          from django.core.management.base import BaseCommand


          class Command(BaseCommand):
              help = "Rebuilds the search index."
              requires_system_checks = "__all__"

              def handle(self, *args, **options):
                  self.stdout.write("rebuilt")
        `,
      },
    ],
  },
});