import type { PythonRuleContext } from '../../engine/lint';
import type { Node } from 'web-tree-sitter';
import { deleteStatements, indentationAt, newlineOf, removeImportEntries } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { normalizedOrNull } from '../../engine/python-edits';
import { callArguments, classAssignments, classDefinitions, stringValue, derivesFrom, elementsOf, methodsOf, preferredQuote, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const commandClasses = ['BaseCommand', 'AppCommand', 'LabelCommand', 'NoArgsCommand']
  .flatMap((name) => [`django.core.management.${name}`, `django.core.management.base.${name}`]);
/** `AppCommand` and `LabelCommand` still define `args` for their own usage line. */
const labelCommands = ['AppCommand', 'LabelCommand'].flatMap((name) => [`django.core.management.${name}`, `django.core.management.base.${name}`]);

/** optparse keywords that `argparse.add_argument()` takes unchanged. */
const sameKeywords = ['action', 'dest', 'default', 'help', 'metavar', 'choices', 'const'];
/** optparse `type=` names and the argparse callables that replace them (`choice` needs none). */
const types: Record<string, string | null> = { int: 'int', float: 'float', string: 'str', str: 'str', choice: null };
const plainActions = ['store', 'store_true', 'store_false', 'store_const', 'append', 'append_const', 'count'];

/** `parser.add_argument(...)` for one `make_option(...)`, or null when optparse and argparse differ for it. */
function addArgument(context: PythonRuleContext, option: Node): string | null {
  if (option.type !== 'call' || context.scopes.qualifiedNameOf(option.childForFieldName('function')) !== 'optparse.make_option') return null;
  const { positional, keywords, hasSplat } = callArguments(option);
  if (hasSplat || positional.length === 0 || positional.some((p) => stringValue(p) === null)) return null;
  const parts = positional.map((p) => p.text);
  for (const [name, keyword] of keywords) {
    const value = keyword.childForFieldName('value');
    if (!value) return null;
    if (name === 'type') {
      const type = stringValue(value);
      if (type === null || !(type in types)) return null;
      if (types[type]) parts.push(`type=${types[type]}`);
    } else if (name === 'action') {
      if (!plainActions.includes(stringValue(value) ?? '')) return null;
      parts.push(keyword.text);
    } else if (sameKeywords.includes(name)) {
      parts.push(keyword.text);
    } else {
      return null;
    }
  }
  return `parser.add_argument(${parts.join(', ')})`;
}

/** The `make_option()` calls of `option_list = BaseCommand.option_list + (…)` or `option_list = (…)`. */
function optionCalls(context: PythonRuleContext, value: Node | null): Node[] | null {
  let node = unparenthesized(value);
  if (node?.type === 'binary_operator' && node.childForFieldName('operator')?.text === '+') {
    const left = node.childForFieldName('left');
    const base = left?.type === 'attribute' ? context.scopes.qualifiedNameOf(left) : null;
    if (!base || !commandClasses.some((c) => base === `${c}.option_list`)) return null;
    node = unparenthesized(node.childForFieldName('right'));
  }
  if (!node || (node.type !== 'tuple' && node.type !== 'list') || node.namedChildren.some((c) => c?.type === 'comment')) return null;
  return elementsOf(node);
}

export default definePythonRule({
  id: 'command-option-list',
  title: 'Management command `option_list`/`args` → `add_arguments()`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `option_list` (optparse options) and `args` (the usage string that made commands accept positional arguments) on subclasses of `BaseCommand`.',
    why: 'Django 1.8 moved management commands to `argparse`; Django 1.10 ignores `option_list` and `args`, so the options are unknown (`unrecognized arguments`) and positional arguments are rejected.',
    fixSafety:
      'Writes an `add_arguments(self, parser)` method with one `parser.add_argument(...)` per `make_option(...)` (optparse `type="int"` becomes `type=int`), ' +
      'and `parser.add_argument("args", nargs="*")` where `handle(*args)` takes positional arguments, as Django 1.8 did for commands with `args`. ' +
      'Options with callbacks or other optparse-only keywords, and classes that already define `add_arguments()`, get the message only. Review the generated options, so the fix is not part of fix-all. Needs Django 1.8+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.8',
  checklist: ['command-option-list'],
  truth: {
    removed: ['django.core.management.base.BaseCommand.option_list', 'django.core.management.base.BaseCommand.args'],
    replacements: ['django.core.management.base.BaseCommand.add_arguments'],
  },
  // Every finding is in a class deriving from a command class, whose last name the file spells
  // (`derivesFrom`); far rarer than `args`, which the rule also needs.
  triggers: ['BaseCommand', 'AppCommand', 'LabelCommand', 'NoArgsCommand'],
  check(context) {
    if (!context.tokens.hasAny(['option_list', 'args'])) return;
    const { text } = context;
    for (const command of classDefinitions(context)) {
      // The attributes first: resolving the bases of every class of every module costs more.
      const optionList = classAssignments(command, 'option_list');
      const argsAttribute = classAssignments(command, 'args');
      if ((optionList.length === 0 && argsAttribute.length === 0) || !derivesFrom(context, command, commandClasses)) continue;
      const args = derivesFrom(context, command, labelCommands) ? [] : argsAttribute;
      if (optionList.length === 0 && args.length === 0) continue;
      const methods = new Map(methodsOf(command).map((m) => [m.name, m.definition]));
      let edits: TextEdit[] | null = null;
      const handle = methods.get('handle');
      const positional = !!handle?.childForFieldName('parameters')?.namedChildren.some((p) => p?.type === 'list_splat_pattern');
      const options = optionList.length === 1 ? optionCalls(context, optionList[0].right) : optionList.length === 0 ? [] : null;
      const lines = options?.map((option) => addArgument(context, option));
      if (!methods.has('add_arguments') && optionList.length <= 1 && args.length <= 1 && lines && lines.every((l): l is string => l !== null)) {
        const q = preferredQuote(context);
        if (positional) lines.unshift(`parser.add_argument(${q}args${q}, nargs=${q}*${q})`);
        const [anchor, ...others] = [...optionList, ...args].map((a) => a.statement).sort((a, b) => a.startIndex - b.startIndex);
        const indent = indentationAt(text, anchor.startIndex);
        const method = [`def add_arguments(self, parser):`, ...lines.map((l) => `    ${l}`)].join(newlineOf(text) + indent);
        const replaced: TextEdit[] = lines.length > 0 ? [{ start: anchor.startIndex, end: anchor.endIndex, text: method }] : deleteStatements(text, [anchor, ...others]);
        // `make_option` is not needed any more when this option list was its only use.
        const inside = (node: Node) => optionList.some((a) => node.startIndex >= a.statement.startIndex && node.endIndex <= a.statement.endIndex);
        const imports = context.scopes.imports.filter((e) => e.qualifiedName === 'optparse.make_option');
        const unused = imports.length > 0 && context.scopes.referencesTo('optparse.make_option').every((r) => inside(r.node));
        const importEdits = unused ? imports.flatMap((e) => removeImportEntries(text, e.statement, [e.entry])) : [];
        edits = normalizedOrNull([...replaced, ...(lines.length > 0 ? deleteStatements(text, others) : []), ...importEdits]);
      }
      for (const { left } of [...optionList, ...args]) {
        context.report({
          node: left,
          subject: `The management command attribute \`${left.text}\``,
          advice: left.text === 'option_list'
            ? 'add the options with `parser.add_argument()` in `add_arguments(self, parser)`'
            : 'declare positional arguments with `parser.add_argument()` in `add_arguments(self, parser)`',
          fix: edits ? { title: 'Define `add_arguments()`', edits } : undefined,
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.management.base import BaseCommand, LabelCommand

          class Command(BaseCommand):
              def add_arguments(self, parser):
                  parser.add_argument("--dry-run", action="store_true")

          class Labels(LabelCommand):
              args = "<label label ...>"
        `,
        filename: 'shop/management/commands/sync.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from optparse import make_option

          from django.core.management.base import BaseCommand


          class Command(BaseCommand):
              args = '<product_id product_id ...>'
              option_list = BaseCommand.option_list + (
                  make_option('--dry-run', action='store_true', dest='dry_run', default=False, help='Show what would change'),
                  make_option('-n', '--limit', type='int', default=10),
              )

              def handle(self, *args, **options):
                  pass
        `,
        filename: 'shop/management/commands/sync.py',
        errors: [
          { line: 7, column: 5, message: 'The management command attribute `args` is deprecated since Django 1.8 and removed in 1.10: declare positional arguments with `parser.add_argument()` in `add_arguments(self, parser)`' },
          { line: 8, column: 5, message: 'The management command attribute `option_list` is deprecated since Django 1.8 and removed in 1.10: add the options with `parser.add_argument()` in `add_arguments(self, parser)`' },
        ],
        output: dedent`

          from django.core.management.base import BaseCommand


          class Command(BaseCommand):
              def add_arguments(self, parser):
                  parser.add_argument('args', nargs='*')
                  parser.add_argument('--dry-run', action='store_true', dest='dry_run', default=False, help='Show what would change')
                  parser.add_argument('-n', '--limit', type=int, default=10)

              def handle(self, *args, **options):
                  pass
        `,
      },
      {
        code: dedent`
          from optparse import make_option
          from django.core.management.base import BaseCommand

          class Command(BaseCommand):
              option_list = BaseCommand.option_list + (
                  make_option("--each", callback=each, action="callback"),
              )
        `,
        filename: 'shop/management/commands/each.py',
        errors: [
          { line: 5, column: 5, message: 'The management command attribute `option_list` is deprecated since Django 1.8 and removed in 1.10: add the options with `parser.add_argument()` in `add_arguments(self, parser)`' },
        ],
      },
      {
        code: dedent`
          from optparse import make_option

          from django.core.management.base import BaseCommand


          class Command(BaseCommand):
              help = "Deletes expired carts"
              option_list = BaseCommand.option_list + (
                  make_option("--days", type="int", default=30, help="Age in days"),
              )

              def handle(self, **options):
                  self.stdout.write(str(options["days"]))
        `,
        filename: 'shop/management/commands/cleanup.py',
        errors: [
          { line: 8, column: 5, message: 'The management command attribute `option_list` is deprecated since Django 1.8 and removed in 1.10: add the options with `parser.add_argument()` in `add_arguments(self, parser)`' },
        ],
        output: dedent`

          from django.core.management.base import BaseCommand


          class Command(BaseCommand):
              help = "Deletes expired carts"
              def add_arguments(self, parser):
                  parser.add_argument("--days", type=int, default=30, help="Age in days")

              def handle(self, **options):
                  self.stdout.write(str(options["days"]))
        `,
      },
    ],
  },
});
