import { normalizedOrNull, removeElement, replaceStringContent } from '../../engine/python-edits';
import { callCommandCalls, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { optionArgument, turnsOn } from '../shapes/project-config';

/** Options `showmigrations` shares with `migrate`, so the call can move over unchanged. */
const sharedWithShowmigrations = ['database', 'verbosity', 'stdout', 'stderr', 'no_color', 'force_color', 'skip_checks'];

export default definePythonRule({
  id: 'migrate-list-option',
  title: '`migrate --list` → `showmigrations`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `call_command("migrate", list=True)` and `call_command("migrate", "--list")`.',
    why: 'Django 1.8 moved the listing to the `showmigrations` command; Django 1.10 removed `migrate --list`, so the call fails with an unknown option.',
    fixSafety: 'Safe: calls `showmigrations` with the same app labels and common options (it lists by default). Calls with other `migrate` options get the message only.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['migrate-list-option'],
  truth: { replacements: ['django.core.management.commands.showmigrations.Command'], note: '`--list` is a command-line option of migrate, not a name' },
  triggers: ['migrate'],
  check(context) {
    for (const call of callCommandCalls(context, 'migrate')) {
      const option = optionArgument(call, ['list'], ['--list', '-l']);
      if (!option || !turnsOn(option)) continue;
      const others = call.positional.filter((p) => p !== option);
      const movable =
        others.every((p) => stringValue(p) !== null && !stringValue(p)!.startsWith('-')) &&
        [...call.keywords.keys()].every((k) => k === 'list' || sharedWithShowmigrations.includes(k));
      const rename = replaceStringContent(call.name, 'showmigrations');
      const edits = movable && rename ? normalizedOrNull([rename, ...removeElement(context.text, call.list, option)]) : null;
      context.report({
        node: option,
        subject: 'The `--list` option of `migrate`',
        advice: 'use the `showmigrations` command',
        fix: edits ? { title: 'Use `showmigrations`', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command("showmigrations", "shop")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command("migrate", "shop", list=True, stdout=out)
          call_command("migrate", "--list")
        `,
        errors: [
          { line: 3, column: 33, message: 'The `--list` option of `migrate` is deprecated since Django 1.8 and removed in 1.10: use the `showmigrations` command' },
          { line: 4, column: 25, message: 'The `--list` option of `migrate` is deprecated since Django 1.8 and removed in 1.10: use the `showmigrations` command' },
        ],
        output: dedent`
          from django.core.management import call_command

          call_command("showmigrations", "shop", stdout=out)
          call_command("showmigrations")
        `,
      },
      {
        code: dedent`
          from django.core import management

          management.call_command("migrate", list=True, fake=True)
        `,
        errors: [
          { line: 3, column: 36, message: 'The `--list` option of `migrate` is deprecated since Django 1.8 and removed in 1.10: use the `showmigrations` command' },
        ],
      },
      {
        code: dedent`
          from io import StringIO

          from django.core.management import call_command
          from django.test import TestCase


          class MigrationTests(TestCase):
              def test_all_applied(self):
                  out = StringIO()
                  call_command("migrate", "--list", "shop", stdout=out)
                  self.assertNotIn("[ ]", out.getvalue())
        `,
        filename: 'shop/tests/test_migrations.py',
        errors: [
          { line: 10, column: 33, message: 'The `--list` option of `migrate` is deprecated since Django 1.8 and removed in 1.10: use the `showmigrations` command' },
        ],
        output: dedent`
          from io import StringIO

          from django.core.management import call_command
          from django.test import TestCase


          class MigrationTests(TestCase):
              def test_all_applied(self):
                  out = StringIO()
                  call_command("showmigrations", "shop", stdout=out)
                  self.assertNotIn("[ ]", out.getvalue())
        `,
      },
    ],
  },
});
