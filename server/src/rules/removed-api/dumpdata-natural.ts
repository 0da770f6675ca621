import type { Node } from 'web-tree-sitter';
import { replaceNode, replaceStringContent } from '../../engine/python-edits';
import { callCommandCalls, stringsEqualTo, stringValue } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { optionArgument, turnsOn } from '../shapes/project-config';

/** A command line in a list (`subprocess.call([..., "dumpdata", "--natural"])`): its other elements. */
function commandLineOf(flag: Node): Node[] {
  const container = flag.parent;
  if (!container || !['list', 'tuple', 'argument_list'].includes(container.type)) return [];
  return container.namedChildren.filter((n): n is Node => n !== null);
}

export default definePythonRule({
  id: 'dumpdata-natural',
  title: '`dumpdata --natural` → `--natural-foreign`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds `call_command("dumpdata", use_natural_keys=True)`, `call_command("dumpdata", "--natural")` (or `-n`), and `--natural`/`-n` in a command line given as a list next to `dumpdata` (`subprocess.call(["./manage.py", "dumpdata", "--natural"])`).',
    why: 'Django 1.7 split natural keys into foreign keys (`--natural-foreign`) and primary keys (`--natural-primary`) and made `--natural` a deprecated alias of `--natural-foreign`; Django 1.9 removed it, so the command fails with an unknown option.',
    fixSafety: 'Safe: `--natural-foreign` is what `--natural` did from Django 1.7 on. Needs Django 1.7+.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  checklist: ['dumpdata-natural'],
  truth: {
    replacements: ['django.core.management.commands.dumpdata.Command'],
    note: 'command-line options are not names: 1.8.19\'s dumpdata declares -n/--natural (dest use_natural_keys), 1.9.13\'s only --natural-foreign/--natural-primary',
  },
  triggers: ['natural', 'n', 'use_natural_keys'],
  // Every finding is a call or command line that names the command.
  requires: ['dumpdata'],
  check(context) {
    const reported = new Set<number>();
    for (const call of callCommandCalls(context, 'dumpdata')) {
      const option = optionArgument(call, ['use_natural_keys'], ['--natural', '-n']);
      if (!option || !turnsOn(option)) continue;
      reported.add(option.startIndex);
      const edit = option.type === 'keyword_argument'
        ? replaceNode(option.childForFieldName('name')!, 'use_natural_foreign_keys')
        : replaceStringContent(option, '--natural-foreign');
      context.report({ node: option, subject: 'The `--natural` option of `dumpdata`', advice: 'use `--natural-foreign`', fix: edit ? { title: 'Use `--natural-foreign`', edits: [edit] } : undefined });
    }
    for (const { node } of stringsEqualTo(context, ['--natural', '-n'])) {
      if (reported.has(node.startIndex)) continue;
      if (!commandLineOf(node).some((element) => stringValue(element) === 'dumpdata')) continue;
      const edit = replaceStringContent(node, '--natural-foreign');
      context.report({ node, subject: 'The `--natural` option of `dumpdata`', advice: 'use `--natural-foreign`', fix: edit ? { title: 'Use `--natural-foreign`', edits: [edit] } : undefined });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command("dumpdata", "shop", "--natural-foreign", "--natural-primary")
          call_command("loaddata", "-n", "fixture.json")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management import call_command

          def export(out):
              call_command("dumpdata", "shop", use_natural_keys=True, stdout=out)
              call_command("dumpdata", "auth", "--natural")
        `,
        errors: [
          { line: 4, column: 38, message: 'The `--natural` option of `dumpdata` is deprecated since Django 1.7 and removed in 1.9: use `--natural-foreign`' },
          { line: 5, column: 38, message: 'The `--natural` option of `dumpdata` is deprecated since Django 1.7 and removed in 1.9: use `--natural-foreign`' },
        ],
        output: dedent`
          from django.core.management import call_command

          def export(out):
              call_command("dumpdata", "shop", use_natural_foreign_keys=True, stdout=out)
              call_command("dumpdata", "auth", "--natural-foreign")
        `,
      },
      {
        code: dedent`
          import subprocess

          def export_fixtures():
              subprocess.check_call(["python", "manage.py", "dumpdata", "-n", "--indent=2", "catalog"])
        `,
        filename: 'scripts/export_fixtures.py',
        errors: [
          { line: 4, column: 63, message: 'The `--natural` option of `dumpdata` is deprecated since Django 1.7 and removed in 1.9: use `--natural-foreign`' },
        ],
        output: dedent`
          import subprocess

          def export_fixtures():
              subprocess.check_call(["python", "manage.py", "dumpdata", "--natural-foreign", "--indent=2", "catalog"])
        `,
      },
    ],
  },
});
