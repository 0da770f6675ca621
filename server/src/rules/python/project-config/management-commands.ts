// Options of built-in management commands that went away (`migrate --list`, `makemigrations --exit`,
// `shell --plain`), as passed to `call_command()`, and the `django-admin.py` script.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import type { TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { removeElement, normalizedOrNull, replaceStringContent } from '../../../engine/python-edits';
import { stringValue, callCommandCalls, CommandCall } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

/** The argument of a `call_command()` that passes an option: `name=…` or one of the flag strings. */
function optionArgument(call: CommandCall, keywords: string[], flags: string[]): Node | null {
  for (const keyword of keywords) {
    const byKeyword = call.keywords.get(keyword);
    if (byKeyword) return byKeyword;
  }
  return call.positional.find((p) => {
    const value = stringValue(p);
    return value !== null && flags.some((flag) => value === flag || value.startsWith(`${flag}=`));
  }) ?? null;
}

/** Whether a `name=True` keyword (or a bare flag string) turns the option on. */
function turnsOn(argument: Node): boolean {
  if (argument.type !== 'keyword_argument') return true;
  return argument.childForFieldName('value')?.type === 'true';
}

/** Options `showmigrations` shares with `migrate`, so the call can move over unchanged. */
const sharedWithShowmigrations = ['database', 'verbosity', 'stdout', 'stderr', 'no_color', 'force_color', 'skip_checks'];

export const migrateListOption: PythonRule = {
  id: 'migrate-list-option',
  title: '`migrate --list` → `showmigrations`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `call_command("migrate", list=True)` and `call_command("migrate", "--list")`.',
    why: 'Django 1.8 moved the listing to the `showmigrations` command; Django 1.10 removed `migrate --list`, so the call fails with an unknown option.',
    fixSafety: 'Safe: calls `showmigrations` with the same app labels and common options (it lists by default). Calls with other `migrate` options get the message only.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['migrate-list-option'],
  truth: { replacements: ['django.core.management.commands.showmigrations.Command'], note: '`--list` is a command-line option of migrate, not a name' },
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'from django.core.management import call_command\n\ncall_command("showmigrations", "shop")\n' }],
    invalid: [
      {
        code: 'from django.core.management import call_command\n\ncall_command("migrate", "shop", list=True, stdout=out)\ncall_command("migrate", "--list")\n',
        findings: 2,
        output: 'from django.core.management import call_command\n\ncall_command("showmigrations", "shop", stdout=out)\ncall_command("showmigrations")\n',
      },
      { code: 'from django.core import management\n\nmanagement.call_command("migrate", list=True, fake=True)\n', findings: 1 },
    ],
  },
};

export const makemigrationsExitOption: PythonRule = {
  id: 'makemigrations-exit-option',
  title: '`makemigrations --exit` → `--check`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds `call_command("makemigrations", exit=True)` and the `--exit`/`-e` flag.',
    why: 'Django 2.0 removed `--exit` (exit status 1 when there are no changes) in favour of `--check` (non-zero exit status when migrations are missing).',
    fixSafety: 'No automatic fix: `--check` reports the opposite condition and does not write migrations, so the code that reads the exit status must change too.',
  },
  fix: 'none',
  checklist: ['makemigrations-exit'],
  truth: { note: '`--exit` is a command-line option of makemigrations, not a name' },
  check(context: PythonRuleContext) {
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
    valid: [{ code: 'from django.core.management import call_command\n\ncall_command("makemigrations", check=True, dry_run=True)\n' }],
    invalid: [{ code: 'from django.core.management import call_command\n\ncall_command("makemigrations", "--exit")\ncall_command("makemigrations", exit=True)\n', findings: 2 }],
  },
};

export const shellPlainOption: PythonRule = {
  id: 'shell-plain-option',
  title: '`shell --plain` → `shell --interface python`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds `call_command("shell", plain=True)` and the `--plain` flag.',
    why: 'Django 1.10 replaced `--plain` with `--interface python` (`-i python`); Django 2.0 removed it.',
    fixSafety: 'Safe: `plain=True` becomes `interface="python"`, and `"--plain"` becomes `"--interface=python"`. Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['shell-plain'],
  truth: { note: '`--plain` is a command-line option of shell, not a name' },
  check(context: PythonRuleContext) {
    for (const call of callCommandCalls(context, 'shell')) {
      const option = optionArgument(call, ['plain'], ['--plain']);
      if (!option || !turnsOn(option) || call.keywords.has('interface')) continue;
      let edit: TextEdit | null = null;
      if (option.type === 'keyword_argument') {
        const quote = /['"]/.exec(call.name.text)?.[0] ?? '"';
        edit = { start: option.startIndex, end: option.endIndex, text: `interface=${quote}python${quote}` };
      } else if (stringValue(option) === '--plain') {
        edit = replaceStringContent(option, '--interface=python');
      }
      context.report({
        node: option,
        subject: 'The `--plain` option of `shell`',
        advice: 'use `--interface python`',
        fix: edit ? { title: 'Use `--interface python`', edits: [edit] } : undefined,
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.core.management import call_command\n\ncall_command("shell", interface="python")\n' }],
    invalid: [{
      code: "from django.core.management import call_command\n\ncall_command('shell', plain=True)\ncall_command('shell', '--plain')\n",
      findings: 2,
      output: "from django.core.management import call_command\n\ncall_command('shell', interface='python')\ncall_command('shell', '--interface=python')\n",
    }],
  },
};

const scriptName = /(^|[\s/\\'"])django-admin\.py(?=$|[\s'"])/g;

export const djangoAdminPy: PythonRule = {
  id: 'django-admin-py',
  title: '`django-admin.py` → `django-admin`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  languages: ['python'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds the `django-admin.py` script named in Python strings (`subprocess` command lines, `setup.py` scripts, `os.system(...)`).',
    why: 'Django 4.0 no longer installs `django-admin.py`; the `django-admin` command (installed since Django 1.7) replaces it.',
    fixSafety: 'Safe: `django-admin` runs the same management utility.',
  },
  fix: 'safe',
  checklist: ['django-admin-py'],
  truth: { note: 'django-admin.py is an installed script (django/bin), not an importable name' },
  check(context: PythonRuleContext) {
    for (const node of context.tree.rootNode.descendantsOfType('string_content')) {
      if (!node || !node.text.includes('django-admin.py')) continue;
      const string = node.parent;
      if (!string || string.parent?.type === 'expression_statement') continue; // docstrings
      const edits: TextEdit[] = [];
      for (const match of node.text.matchAll(scriptName)) {
        const start = node.startIndex + match.index! + match[1].length;
        edits.push({ start, end: start + 'django-admin.py'.length, text: 'django-admin' });
      }
      if (edits.length === 0) continue;
      context.report({ node: string, subject: 'The `django-admin.py` script', advice: 'run `django-admin`', fix: { title: 'Use `django-admin`', edits } });
    }
  },
  examples: {
    valid: [{ code: 'import subprocess\n\nsubprocess.run(["django-admin", "compilemessages"])\n' }],
    invalid: [{
      code: 'import subprocess\n\nsubprocess.run(["django-admin.py", "compilemessages"])\nos.system("django-admin.py makemessages -a")\n',
      findings: 2,
      output: 'import subprocess\n\nsubprocess.run(["django-admin", "compilemessages"])\nos.system("django-admin makemessages -a")\n',
    }],
  },
};
