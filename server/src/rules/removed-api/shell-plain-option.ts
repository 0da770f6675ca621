import { replaceStringContent } from '../../engine/python-edits';
import { callCommandCalls, stringValue } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';
import { optionArgument, turnsOn } from '../shapes/project-config';

export default definePythonRule({
  id: 'shell-plain-option',
  title: '`shell --plain` → `shell --interface python`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `call_command("shell", plain=True)` and the `--plain` flag.',
    why: 'Django 1.10 replaced `--plain` with `--interface python` (`-i python`); Django 2.0 removed it.',
    fixSafety: 'Safe: `plain=True` becomes `interface="python"`, and `"--plain"` becomes `"--interface=python"`. Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['shell-plain'],
  truth: { note: '`--plain` is a command-line option of shell, not a name' },
  triggers: ['shell'],
  check(context) {
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
    valid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command("shell", interface="python")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management import call_command

          call_command('shell', plain=True)
          call_command('shell', '--plain')
        `,
        errors: [
          { line: 3, column: 23, message: 'The `--plain` option of `shell` is deprecated since Django 1.10 and removed in 2.0: use `--interface python`' },
          { line: 4, column: 23, message: 'The `--plain` option of `shell` is deprecated since Django 1.10 and removed in 2.0: use `--interface python`' },
        ],
        output: dedent`
          from django.core.management import call_command

          call_command('shell', interface='python')
          call_command('shell', '--interface=python')
        `,
      },
      {
        code: dedent`
          from django.core import management


          def open_shell():
              management.call_command("shell", plain=True, no_startup=True)
        `,
        errors: [
          { line: 5, column: 38, message: 'The `--plain` option of `shell` is deprecated since Django 1.10 and removed in 2.0: use `--interface python`' },
        ],
        output: dedent`
          from django.core import management


          def open_shell():
              management.call_command("shell", interface="python", no_startup=True)
        `,
      },
    ],
  },
});
