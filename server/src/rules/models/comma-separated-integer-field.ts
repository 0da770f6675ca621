import type { PythonRuleContext } from '../../engine/lint';
import { addImports, appendArgument, moveSymbolsEdits, normalizedOrNull } from '../../engine/python-edits';
import { callArguments, callsTo } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';

const commaSeparatedField = ['django.db.models.CommaSeparatedIntegerField', 'django.db.models.fields.CommaSeparatedIntegerField'];
const validator = 'validate_comma_separated_integer_list';

function commaSeparatedFix(context: PythonRuleContext, calls: ReturnType<typeof callsTo>): TextEdit[] | null {
  const { scopes, text } = context;
  // Every use must be a field call the fix rewrites: the import is renamed with them.
  const uses = commaSeparatedField.flatMap((name) => scopes.referencesTo(name));
  if (uses.some((use) => !calls.some((c) => c.callee.startIndex === use.node.startIndex && c.callee.endIndex === use.node.endIndex))) return null;
  if (scopes.renameSafety(validator, `django.core.validators.${validator}`, calls.map((c) => c.call), 0) !== 'safe') return null;
  const edits: TextEdit[] = [];
  for (const { call } of calls) {
    const { list, keywords, hasSplat } = callArguments(call);
    if (!list || hasSplat || keywords.has('validators')) return null;
    edits.push(appendArgument(text, list, `validators=[${validator}]`));
  }
  const moves = moveSymbolsEdits(context, commaSeparatedField.map((old) => ({ old, newModule: old.slice(0, old.lastIndexOf('.')), newName: 'CharField' })));
  if (!moves || moves.safety !== 'safe') return null;
  edits.push(...moves.edits, ...addImports(scopes, text, [{ module: 'django.core.validators', name: validator }]));
  return normalizedOrNull(edits);
}

export default definePythonRule({
  id: 'comma-separated-integer-field',
  title: '`CommaSeparatedIntegerField` → `CharField` with a validator',
  category: 'models',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  notIn: ['migrations'],
  docs: {
    what: 'Finds `models.CommaSeparatedIntegerField(...)` outside migrations.',
    why: 'Django 2.0 keeps the field only for historical migrations: a model that uses it fails the system checks (`fields.E901`).',
    fixSafety: 'Safe: `CharField(..., validators=[validate_comma_separated_integer_list])` is the same column and the same validation. Run `makemigrations` afterwards. Fields that already pass `validators=` get the message only.',
  },
  fix: 'safe',
  checklist: ['commaseparatedintegerfield'],
  truth: {
    replacements: ['django.core.validators.validate_comma_separated_integer_list', 'django.db.models.CharField'],
    note: 'CommaSeparatedIntegerField stays importable as a stub for historical migrations (system_check_removed_details since 2.0)',
  },
  triggers: ['CommaSeparatedIntegerField'],
  check(context) {
    const calls = callsTo(context, commaSeparatedField);
    if (calls.length === 0) return;
    const edits = commaSeparatedFix(context, calls);
    for (const { callee } of calls) {
      context.report({
        node: callee,
        subject: '`CommaSeparatedIntegerField`',
        advice: `use \`CharField(validators=[${validator}])\``,
        fix: edits ? { title: 'Use `CharField` with the validator', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class Order(models.Model):
              items = models.CharField(max_length=100)
        `,
        filename: 'shop/models.py',
      },
      {
        code: dedent`
          from django.db import migrations, models

          field = models.CommaSeparatedIntegerField(max_length=100)
        `,
        filename: 'shop/migrations/0001_initial.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class Order(models.Model):
              items = models.CommaSeparatedIntegerField(max_length=100)
        `,
        filename: 'shop/models.py',
        errors: [
          { line: 4, column: 13, message: '`CommaSeparatedIntegerField` is deprecated since Django 1.10 and removed in 2.0: use `CharField(validators=[validate_comma_separated_integer_list])`' },
        ],
        output: dedent`
          from django.db import models
          from django.core.validators import validate_comma_separated_integer_list

          class Order(models.Model):
              items = models.CharField(max_length=100, validators=[validate_comma_separated_integer_list])
        `,
      },
      {
        code: dedent`
          from django.db.models import CommaSeparatedIntegerField, Model

          class Order(Model):
              items = CommaSeparatedIntegerField(max_length=100, blank=True)
        `,
        filename: 'shop/models.py',
        errors: [
          { line: 4, column: 13, message: '`CommaSeparatedIntegerField` is deprecated since Django 1.10 and removed in 2.0: use `CharField(validators=[validate_comma_separated_integer_list])`' },
        ],
        output: dedent`
          from django.db.models import CharField, Model
          from django.core.validators import validate_comma_separated_integer_list

          class Order(Model):
              items = CharField(max_length=100, blank=True, validators=[validate_comma_separated_integer_list])
        `,
      },
    ],
  },
});
