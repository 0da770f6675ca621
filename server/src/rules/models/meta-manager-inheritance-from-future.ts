import { deleteStatement, removeElement } from '../../engine/python-edits';
import { callArguments, callsTo, classAssignments, classDefinitions, dictPairs, metaClassOf } from '../../engine/python-queries';
import { removalNotes } from '../docs-links';
import { dedent, definePythonRule } from '../shapes';

const futureOption = 'manager_inheritance_from_future';
const modelOptionsOperations = ['django.db.migrations.CreateModel', 'django.db.migrations.AlterModelOptions', 'django.db.migrations.operations.CreateModel', 'django.db.migrations.operations.AlterModelOptions'];

export default definePythonRule({
  id: 'meta-manager-inheritance-from-future',
  title: 'Remove `Meta.manager_inheritance_from_future`',
  category: 'models',
  deprecatedIn: '2.0',
  removedIn: '3.0',
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
  triggers: [futureOption],
  check(context) {
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
    valid: [
      {
        code: dedent`
          from django.db import models

          class Book(models.Model):
              class Meta:
                  ordering = ["title"]
        `,
        filename: 'books/models.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class Book(models.Model):
              class Meta:
                  manager_inheritance_from_future = True
        `,
        filename: 'books/models.py',
        current: '2.0',
        errors: [
          { line: 5, column: 9, message: '`Meta.manager_inheritance_from_future` is deprecated since Django 2.0 and removed in 3.0: remove it: managers are inherited by MRO since Django 2.0' },
        ],
        output: dedent`
          from django.db import models

          class Book(models.Model):
              class Meta:
                  pass
        `,
      },
      {
        code: dedent`
          from django.db import migrations


          class Migration(migrations.Migration):
              operations = [
                  migrations.CreateModel(
                      name='Book',
                      fields=[],
                      options={
                          'ordering': ['title'],
                          'manager_inheritance_from_future': True,
                      },
                  ),
              ]
        `,
        filename: 'books/migrations/0002_book.py',
        current: '2.0',
        errors: [
          { line: 11, column: 17, message: 'The `manager_inheritance_from_future` model option is deprecated since Django 2.0 and removed in 3.0: remove it from the migration: Django 3.0 rejects it when the migration runs' },
        ],
        output: dedent`
          from django.db import migrations


          class Migration(migrations.Migration):
              operations = [
                  migrations.CreateModel(
                      name='Book',
                      fields=[],
                      options={
                          'ordering': ['title'],
                      },
                  ),
              ]
        `,
      },
    ],
  },
});
