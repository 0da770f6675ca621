// Model fields and `Meta` options: `CommaSeparatedIntegerField`, the `citext` fields, implicit
// parent links, and `Meta.manager_inheritance_from_future`. Historical migrations may keep the
// removed fields (Django keeps stubs for them), so the field rules skip migrations.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { addImports, appendArgument, deleteStatement, removeElement } from '../../../engine/python-edits';
import type { TextEdit } from '../../../engine/types';
import { deprecationNotes, removalNotes } from '../../docs-links';
import { moveSymbolsEdits, normalizedOrNull } from '../../../engine/python-edits';
import { callArguments, callsTo, classAssignments, classDefinitions, stringValue, basesOf, dictPairs, metaClassOf } from '../../../engine/python-queries';
import { movedNamesRule, PythonRule } from '../../shapes';

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

export const commaSeparatedIntegerField: PythonRule = {
  id: 'comma-separated-integer-field',
  title: '`CommaSeparatedIntegerField` → `CharField` with a validator',
  category: 'models',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  languages: ['python'],
  notIn: ['migrations'],
  docsUrl: deprecationNotes('1.10'),
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
  check(context: PythonRuleContext) {
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
      { code: 'from django.db import models\n\nclass Order(models.Model):\n    items = models.CharField(max_length=100)\n', filename: 'shop/models.py' },
      { code: 'from django.db import migrations, models\n\nfield = models.CommaSeparatedIntegerField(max_length=100)\n', filename: 'shop/migrations/0001_initial.py' },
    ],
    invalid: [
      {
        code: 'from django.db import models\n\nclass Order(models.Model):\n    items = models.CommaSeparatedIntegerField(max_length=100)\n',
        filename: 'shop/models.py',
        findings: 1,
        output: 'from django.db import models\nfrom django.core.validators import validate_comma_separated_integer_list\n\nclass Order(models.Model):\n    items = models.CharField(max_length=100, validators=[validate_comma_separated_integer_list])\n',
      },
      {
        code: 'from django.db.models import CommaSeparatedIntegerField, Model\n\nclass Order(Model):\n    items = CommaSeparatedIntegerField(max_length=100, blank=True)\n',
        filename: 'shop/models.py',
        findings: 1,
        output: 'from django.db.models import CharField, Model\nfrom django.core.validators import validate_comma_separated_integer_list\n\nclass Order(Model):\n    items = CharField(max_length=100, blank=True, validators=[validate_comma_separated_integer_list])\n',
      },
    ],
  },
};

export const postgresCiFields = movedNamesRule({
  id: 'postgres-ci-fields',
  title: '`CICharField`/`CIEmailField`/`CITextField` → `db_collation`',
  category: 'models',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  notIn: ['migrations'],
  docsUrl: deprecationNotes('4.2'),
  docs: {
    what: 'Finds the `citext` fields of `django.contrib.postgres.fields` outside migrations.',
    why: 'Django 4.2 deprecated them in favour of case-insensitive collations; Django 5.1 keeps them only for historical migrations, and models that use them fail the system checks.',
    fixSafety: 'No automatic fix: create a case-insensitive non-deterministic collation in a migration (`CreateCollation`) and use `CharField`/`EmailField`/`TextField(db_collation=…)`; the migration also changes the column type.',
  },
  fix: 'none',
  checklist: ['postgres-cicharfield', 'postgres-ciemailfield', 'postgres-citextfield'],
  truth: {
    replacements: ['django.contrib.postgres.operations.CreateCollation'],
    note: 'the citext fields stay importable as stubs for historical migrations (system_check_removed_details since 5.1)',
  },
  names: [['CICharField', 'CharField'], ['CIEmailField', 'EmailField'], ['CITextField', 'TextField']].flatMap(([name, base]) =>
    ['django.contrib.postgres.fields', 'django.contrib.postgres.fields.citext'].map((module) => ({
      old: `${module}.${name}`,
      subject: `\`${name}\``,
      advice: `use \`${base}(db_collation=…)\` with a case-insensitive collation (\`CreateCollation\` in a migration)`,
    }))),
  examples: {
    valid: [
      { code: 'from django.db import models\n\nclass Tag(models.Model):\n    name = models.CharField(max_length=50, db_collation="case_insensitive")\n', filename: 'tags/models.py' },
      { code: 'import django.contrib.postgres.fields.citext\nfrom django.contrib.postgres.fields import CICharField\n', filename: 'tags/migrations/0001_initial.py' },
    ],
    invalid: [{
      code: 'from django.contrib.postgres.fields import CICharField\nfrom django.db import models\n\nclass Tag(models.Model):\n    name = CICharField(max_length=50)\n',
      filename: 'tags/models.py',
      findings: 2,
    }],
  },
});

const oneToOne = ['django.db.models.OneToOneField', 'django.db.models.fields.related.OneToOneField'];

/** Whether a class of this file is declared `abstract = True` or `proxy = True` in its Meta. */
function isAbstractOrProxy(classNode: Node): boolean {
  const meta = metaClassOf(classNode);
  return !!meta && ['abstract', 'proxy'].some((option) => classAssignments(meta, option).some((a) => a.right?.type === 'true'));
}

export const implicitParentLink: PythonRule = {
  id: 'implicit-parent-link',
  title: 'Multi-table inheritance `OneToOneField` needs `parent_link=True`',
  category: 'models',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  languages: ['python'],
  notIn: ['migrations'],
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds a `OneToOneField` to a model\'s own parent model (multi-table inheritance) without `parent_link=True`.',
    why: 'Before 2.0 Django quietly used such a field as the link to the parent; Django 2.0 raises `ImproperlyConfigured: Add parent_link=True`.',
    fixSafety: 'Safe: adds `parent_link=True`, which is how Django already used the field. Only a single field to the parent is rewritten.',
  },
  fix: 'safe',
  checklist: ['implicit-parent-link'],
  truth: { note: 'parent_link is an existing OneToOneField argument; what changed is that the link must be explicit' },
  check(context: PythonRuleContext) {
    const classes = classDefinitions(context);
    const calls = callsTo(context, oneToOne);
    for (const model of classes) {
      const baseNames = basesOf(model).filter((b) => b.type === 'identifier' && !context.scopes.qualifiedNameOf(b)).map((b) => b.text);
      if (baseNames.length === 0) continue;
      const body = model.childForFieldName('body');
      const byParent = new Map<string, Array<{ list: Node; callee: Node }>>();
      for (const { call, callee } of calls) {
        const statement = call.parent?.parent;
        if (call.parent?.type !== 'assignment' || statement?.parent?.startIndex !== body?.startIndex) continue;
        const { list, positional, keywords } = callArguments(call);
        const target = positional[0] ?? keywords.get('to')?.childForFieldName('value') ?? null;
        const name = target?.type === 'identifier' ? target.text : stringValue(target)?.split('.').pop() ?? null;
        if (!list || !name || !baseNames.includes(name) || keywords.has('parent_link')) continue;
        const parent = classes.find((c) => c.childForFieldName('name')?.text === name && c.startIndex < model.startIndex);
        if (parent && isAbstractOrProxy(parent)) continue;
        byParent.set(name, [...(byParent.get(name) ?? []), { list, callee }]);
      }
      for (const [parent, fields] of byParent) {
        for (const { list, callee } of fields) {
          context.report({
            node: callee,
            subject: `A \`OneToOneField\` to the parent model \`${parent}\` without \`parent_link=True\``,
            advice: 'add `parent_link=True`',
            fix: fields.length === 1 ? { title: 'Add `parent_link=True`', edits: [appendArgument(context.text, list, 'parent_link=True')] } : undefined,
          });
        }
      }
    }
  },
  examples: {
    valid: [
      { code: 'from django.db import models\n\nclass Place(models.Model):\n    pass\n\nclass Restaurant(Place):\n    place = models.OneToOneField(Place, models.CASCADE, parent_link=True)\n    owner = models.OneToOneField("auth.User", models.CASCADE)\n', filename: 'places/models.py' },
      { code: 'from django.db import models\n\nclass Base(models.Model):\n    class Meta:\n        proxy = True\n\nclass Child(Base):\n    base = models.OneToOneField(Base, models.CASCADE)\n', filename: 'places/models.py' },
    ],
    invalid: [{
      code: 'from django.db import models\n\nclass Place(models.Model):\n    pass\n\nclass Restaurant(Place):\n    place = models.OneToOneField("places.Place", on_delete=models.CASCADE)\n',
      filename: 'places/models.py',
      findings: 1,
      output: 'from django.db import models\n\nclass Place(models.Model):\n    pass\n\nclass Restaurant(Place):\n    place = models.OneToOneField("places.Place", on_delete=models.CASCADE, parent_link=True)\n',
    }],
  },
};

const futureOption = 'manager_inheritance_from_future';
const modelOptionsOperations = ['django.db.migrations.CreateModel', 'django.db.migrations.AlterModelOptions', 'django.db.migrations.operations.CreateModel', 'django.db.migrations.operations.AlterModelOptions'];

export const managerInheritanceFromFuture: PythonRule = {
  id: 'meta-manager-inheritance-from-future',
  title: 'Remove `Meta.manager_inheritance_from_future`',
  category: 'models',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  languages: ['python'],
  docsUrl: removalNotes('2.0'),
  docs: {
    what: 'Finds the `manager_inheritance_from_future` option in model `Meta` classes and in the `options` of migration operations.',
    why: 'The option opted into MRO-based manager inheritance in Django 1.10 and 1.11; Django 2.0 made that the only behaviour and ignores it, and Django 3.0 rejects it (`TypeError: \'class Meta\' got invalid attribute(s)`), in models and in historical migrations alike.',
    fixSafety: 'Safe from Django 2.0, where the option does nothing: removes it. On 1.10/1.11 it still selects the manager inheritance, so the fix needs Django 2.0+.',
  },
  fix: 'safe',
  fixMinVersion: '2.0',
  checklist: ['manager-inheritance-from-future'],
  truth: { note: 'a Meta option (django.db.models.options.DEFAULT_NAMES lists it up to 2.2), not a name the checker can see' },
  check(context: PythonRuleContext) {
    for (const model of classDefinitions(context)) {
      const meta = metaClassOf(model);
      if (!meta) continue;
      for (const { statement, left } of classAssignments(meta, futureOption)) {
        context.report({
          node: left,
          subject: '`Meta.manager_inheritance_from_future`',
          advice: 'remove it: managers are inherited by MRO since Django 2.0',
          fix: { title: 'Remove the option', edits: [deleteStatement(context.text, statement)] },
        });
      }
    }
    for (const { call } of callsTo(context, modelOptionsOperations)) {
      const options = callArguments(call).keywords.get('options')?.childForFieldName('value') ?? null;
      const entry = dictPairs(options).get(futureOption);
      if (!options || !entry) continue;
      context.report({
        node: entry.key,
        subject: 'The `manager_inheritance_from_future` model option',
        advice: 'remove it from the migration: Django 3.0 rejects it when the migration runs',
        fix: { title: 'Remove the option', edits: removeElement(context.text, options, entry.pair) },
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.db import models\n\nclass Book(models.Model):\n    class Meta:\n        ordering = ["title"]\n', filename: 'books/models.py' }],
    invalid: [
      {
        code: 'from django.db import models\n\nclass Book(models.Model):\n    class Meta:\n        manager_inheritance_from_future = True\n',
        filename: 'books/models.py',
        findings: 1,
        output: 'from django.db import models\n\nclass Book(models.Model):\n    class Meta:\n        pass\n',
        current: '2.0',
      },
      {
        code: "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    operations = [\n        migrations.CreateModel(\n            name='Book',\n            fields=[],\n            options={\n                'ordering': ['title'],\n                'manager_inheritance_from_future': True,\n            },\n        ),\n    ]\n",
        filename: 'books/migrations/0002_book.py',
        findings: 1,
        output: "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    operations = [\n        migrations.CreateModel(\n            name='Book',\n            fields=[],\n            options={\n                'ordering': ['title'],\n            },\n        ),\n    ]\n",
        current: '2.0',
      },
    ],
  },
};
