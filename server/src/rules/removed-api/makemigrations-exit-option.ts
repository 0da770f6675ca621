import { callCommandCalls } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { optionArgument, turnsOn } from '../shapes/project-config';

export default definePythonRule({
  id: 'makemigrations-exit-option',
  title: '`makemigrations --exit` → `--check`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `call_command("makemigrations", exit=True)` and the `--exit`/`-e` flag.',
    why: 'Django 2.0 removed `--exit` (exit status 1 when there are no changes) in favour of `--check` (non-zero exit status when migrations are missing).',
    fixSafety: 'No automatic fix: `--check` reports the opposite condition and does not write migrations, so the code that reads the exit status must change too.',
  },
  fix: 'none',
  checklist: ['makemigrations-exit'],
  truth: { note: '`--exit` is a command-line option of makemigrations, not a name' },
  triggers: ['makemigrations'],
  check(context) {
    for (const call of callCommandCalls(context, 'makemigrations')) {
      const option = optionArgument(call, ['exit', 'exit_code'], ['--exit', '-e']);
      if (!option || !turnsOn(option)) continue;
      context.report({
        node: option,
        subject: 'The `--exit` option of `makemigrations`',
        advice: 'use `--check` (`check=True`), which fails when migrations are missing, and adapt the code that reads the exit status',
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command("makemigrations", check=True, dry_run=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command("makemigrations", "--exit")
          call_command("makemigrations", exit=True)
        `,
        errors: [
          { line: 3, column: 32, message: 'The `--exit` option of `makemigrations` is deprecated since Django 1.10 and removed in 2.0: use `--check` (`check=True`), which fails when migrations are missing, and adapt the code that reads the exit status' },
          { line: 4, column: 32, message: 'The `--exit` option of `makemigrations` is deprecated since Django 1.10 and removed in 2.0: use `--check` (`check=True`), which fails when migrations are missing, and adapt the code that reads the exit status' },
        ],
      },
    ],
  },
});
