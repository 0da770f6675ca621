import { callCommandCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

// The commands Django 1.9 removed, and what replaces each.
const commands: Record<string, string> = {
  syncdb: 'run `migrate` (it creates the tables of apps without migrations with `--run-syncdb`)',
  validate: 'run `check`',
  sql: 'run `sqlmigrate`',
  sqlall: 'run `sqlmigrate`',
  sqlclear: 'write the SQL yourself, or use migrations',
  sqldropindexes: 'write the SQL yourself, or use migrations',
  sqlindexes: 'run `sqlmigrate`',
  runfcgi: 'deploy with WSGI (FastCGI through `flup` is no longer supported)',
};

export default definePythonRule({
  id: 'management-removed-commands',
  title: '`call_command("syncdb")` and the other commands Django 1.9 removed',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `call_command()` with `syncdb`, `validate`, `sql`, `sqlall`, `sqlclear`, `sqldropindexes`, `sqlindexes` or `runfcgi`.',
    why: 'Django 1.7 replaced `syncdb` and the `sql*` commands with migrations, `validate` with the system checks, and deprecated FastCGI; Django 1.9 removed the commands, and `call_command()` raises `CommandError` for them.',
  },
  fix: 'none',
  checklist: ['syncdb-command', 'validate-command', 'sql-command', 'sqlall-command', 'sqlclear-command', 'sqldropindexes-command', 'sqlindexes-command', 'runfcgi-command'],
  truth: { removed: Object.keys(commands).map((name) => `django.core.management.commands.${name}`) },
  triggers: ['call_command'],
  check(context) {
    for (const [name, advice] of Object.entries(commands)) {
      for (const { name: argument } of callCommandCalls(context, name)) {
        context.report({ node: argument, subject: `The \`${name}\` management command`, advice });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command("migrate", interactive=False)
          call_command("check")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command("syncdb", interactive=False)
          call_command('validate')
        `,
        errors: [
          { line: 3, column: 14, message: 'The `syncdb` management command is deprecated since Django 1.7 and removed in 1.9: run `migrate` (it creates the tables of apps without migrations with `--run-syncdb`)' },
          { line: 4, column: 14, message: 'The `validate` management command is deprecated since Django 1.7 and removed in 1.9: run `check`' },
        ],
      },
      {
        code: dedent`
          from django.core import management

          management.call_command("sqlall", "blog")
        `,
        errors: [
          { line: 3, column: 25, message: 'The `sqlall` management command is deprecated since Django 1.7 and removed in 1.9: run `sqlmigrate`' },
        ],
      },
    ],
  },
});
