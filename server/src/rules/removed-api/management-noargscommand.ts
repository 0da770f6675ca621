import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { TextEdit } from '../../engine/types';
import { moveSymbolsEdits } from '../../engine/python-edits';
import { subclassesOf, methodCalls, methodsOf } from '../../engine/python-queries';
import { dedent, movedNamesRule, PythonRule, withFileFix } from '../shapes';

const names = ['django.core.management.base.NoArgsCommand', 'django.core.management.NoArgsCommand'];

const finder = movedNamesRule({
  id: 'management-noargscommand',
  title: '`NoArgsCommand` → `BaseCommand` with `handle()`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `NoArgsCommand` from `django.core.management.base`, usually the base class of a management command that implements `handle_noargs()`.',
    why: 'Django 1.8 moved management commands to argparse, where `BaseCommand` handles commands without arguments too; `NoArgsCommand` was deprecated and Django 1.10 removed it.',
    fixSafety:
      'Quick fix only: the base becomes `BaseCommand`, `handle_noargs(self, **options)` becomes `handle(self, *args, **options)` (and `self.handle_noargs()` ' +
      'calls follow). `NoArgsCommand` rejected positional arguments; `BaseCommand` ignores them unless the command declares some.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.8',
  checklist: ['noargscommand'],
  names: names.map((old) => ({ old, subject: '`NoArgsCommand`', advice: 'subclass `BaseCommand` and rename `handle_noargs(**options)` to `handle(*args, **options)`' })),
  truth: {
    removed: ['django.core.management.base.NoArgsCommand'],
    replacements: ['django.core.management.base.BaseCommand'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.management.base import BaseCommand

          class Command(BaseCommand):
              def handle(self, *args, **options):
                  pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.management.base import NoArgsCommand

          class Command(NoArgsCommand):
              help = "Clean up"

              def handle_noargs(self, **options):
                  self.stdout.write("done")
        `,
        errors: [
          { line: 1, column: 41, message: '`NoArgsCommand` is deprecated since Django 1.8 and removed in 1.10: subclass `BaseCommand` and rename `handle_noargs(**options)` to `handle(*args, **options)`' },
          { line: 3, column: 15, message: '`NoArgsCommand` is deprecated since Django 1.8 and removed in 1.10: subclass `BaseCommand` and rename `handle_noargs(**options)` to `handle(*args, **options)`' },
        ],
        output: dedent`
          from django.core.management.base import BaseCommand

          class Command(BaseCommand):
              help = "Clean up"

              def handle(self, *args, **options):
                  self.stdout.write("done")
        `,
      },
      {
        code: dedent`
          from django.core import management


          class Command(management.NoArgsCommand):
              help = "Rebuilds the search index"

              def handle_noargs(self, **options):
                  if int(options.get("verbosity", 1)) > 1:
                      self.stdout.write("Rebuilding the index")
        `,
        errors: [
          { line: 4, column: 15, message: '`NoArgsCommand` is deprecated since Django 1.8 and removed in 1.10: subclass `BaseCommand` and rename `handle_noargs(**options)` to `handle(*args, **options)`' },
        ],
        output: dedent`
          from django.core.management.base import BaseCommand


          class Command(BaseCommand):
              help = "Rebuilds the search index"

              def handle(self, *args, **options):
                  if int(options.get("verbosity", 1)) > 1:
                      self.stdout.write("Rebuilding the index")
        `,
      },
    ],
  },
});

function commandEdits(context: Parameters<PythonRule['check']>[0]): TextEdit[] | null {
  const moved = moveSymbolsEdits(context, names.map((old) => ({ old, newModule: 'django.core.management.base', newName: 'BaseCommand' })));
  if (!moved || moved.safety !== 'safe') return null;
  const edits: TextEdit[] = [...moved.edits];
  const commands = subclassesOf(context, names);
  for (const cls of commands.values()) {
    const definitions = methodsOf(cls);
    if (definitions.some((d) => d.name === 'handle')) return null;
    for (const { definition, nameNode, name } of definitions) {
      if (name !== 'handle_noargs') continue;
      edits.push({ start: nameNode.startIndex, end: nameNode.endIndex, text: 'handle' });
      const parameters = definition.childForFieldName('parameters');
      const items = (parameters?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
      if (!parameters || items.some((p) => p.type === 'list_splat_pattern')) continue;
      const kwargs = items.find((p) => p.type === 'dictionary_splat_pattern');
      if (kwargs) edits.push({ start: kwargs.startIndex, end: kwargs.startIndex, text: '*args, ' });
      else edits.push({ start: parameters.endIndex - 1, end: parameters.endIndex - 1, text: items.length ? ', *args, **options' : '*args, **options' });
    }
  }
  for (const { receiver, nameNode } of methodCalls(context, new Set(['handle_noargs']))) {
    if (receiver.type === 'identifier' && receiver.text === 'self') edits.push({ start: nameNode.startIndex, end: nameNode.endIndex, text: 'handle' });
  }
  try {
    return normalizeEdits(edits);
  } catch {
    return null;
  }
}

const rule: PythonRule = withFileFix(finder, 'Subclass `BaseCommand` and implement `handle()`', commandEdits);
export default rule;
