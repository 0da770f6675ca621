import { callCommandCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'management-cleanup-command',
  title: '`call_command("cleanup")` → `clearsessions`',
  category: 'removed-api',
  deprecatedIn: '1.5',
  removedIn: '1.7',
  docs: {
    what: 'Finds `call_command("cleanup")`.',
    why: 'Django 1.5 replaced the `cleanup` command with `clearsessions` (of `django.contrib.sessions`); Django 1.7 removed it, and `call_command()` raises `CommandError`.',
    fixSafety: 'Safe: `clearsessions` deletes the expired sessions as `cleanup` did. Needs Django 1.5+ and `django.contrib.sessions` installed.',
  },
  fix: 'safe',
  fixMinVersion: '1.5',
  checklist: ['cleanup-command'],
  truth: { removed: ['django.core.management.commands.cleanup'], replacements: ['django.contrib.sessions.management.commands.clearsessions'] },
  triggers: ['call_command'],
  check(context) {
    for (const { name } of callCommandCalls(context, 'cleanup')) {
      const quote = name.text.startsWith("'") ? "'" : '"';
      context.report({
        node: name,
        subject: 'The `cleanup` management command',
        advice: 'run `clearsessions`',
        fix: name.type === 'string' ? { title: 'Run `clearsessions`', edits: [{ start: name.startIndex, end: name.endIndex, text: `${quote}clearsessions${quote}` }] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command("clearsessions")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management import call_command


          def nightly():
              call_command("cleanup")
        `,
        errors: [
          { line: 5, column: 18, message: 'The `cleanup` management command is deprecated since Django 1.5 and removed in 1.7: run `clearsessions`' },
        ],
        output: dedent`
          from django.core.management import call_command


          def nightly():
              call_command("clearsessions")
        `,
      },
      {
        code: dedent`
          from django.core import management

          management.call_command('cleanup', verbosity=0)
        `,
        errors: [
          { line: 3, column: 25, message: 'The `cleanup` management command is deprecated since Django 1.5 and removed in 1.7: run `clearsessions`' },
        ],
        output: dedent`
          from django.core import management

          management.call_command('clearsessions', verbosity=0)
        `,
      },
    ],
  },
});
