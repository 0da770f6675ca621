import { appendArgument, moveSymbolsEdits, normalizedOrNull } from '../../engine/python-edits';
import { callArguments, mayName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const qualifiedNames = ['django.db.models.NullBooleanField', 'django.db.models.fields.NullBooleanField'];

export default definePythonRule({
  id: 'null-boolean-field',
  title: '`NullBooleanField` → `BooleanField(null=True)`',
  category: 'models',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  notIn: ['migrations'],
  docs: {
    what: 'Finds `models.NullBooleanField` in models (not in migrations, where the historical field stays legal).',
    why: 'Django 3.1 deprecated it in favour of `BooleanField(null=True)`; from 4.0 it exists only for old migrations.',
    fixSafety: 'Needs a new migration (`makemigrations`), so it is offered as a quick fix but not applied by fix-all. Needs Django 2.1+.',
  },
  upstream: { djangoUpgrade: 'null_boolean_field' },
  fix: 'unsafe',
  checklist: ['nullbooleanfield'],
  truth: { replacements: ['django.db.models.BooleanField'], note: 'NullBooleanField stays in 4.0+ as a stub for historical migrations, so its removal is not checked as absence' },
  fixMinVersion: '2.1',
  triggers: ['NullBooleanField'],
  // Imports, the references (through the scopes) and the statements of its findings and fix edits.
  reads: 'sites',
  check(context) {
    if (!qualifiedNames.some((name) => mayName(context, name))) return;
    const { scopes, text } = context;
    // By name, not all references: the incremental check then knows which names this rule reads.
    const references = qualifiedNames
      .flatMap((name) => scopes.referencesTo(name))
      .filter((r) => r.node.type === 'attribute' || r.node.text === 'NullBooleanField')
      .sort((a, b) => a.node.startIndex - b.node.startIndex);
    const imports = scopes.imports.filter((e) => qualifiedNames.includes(e.qualifiedName));
    if (references.length === 0 && imports.length === 0) return;
    const calls = references.filter((r) => r.node.parent?.type === 'call' && r.node.parent.childForFieldName('function')?.startIndex === r.node.startIndex);
    let fix;
    if (calls.length === references.length) {
      const moved = moveSymbolsEdits(context, qualifiedNames.map((old) => ({ old, newModule: old.replace(/\.NullBooleanField$/, ''), newName: 'BooleanField' })));
      const edits = moved?.edits;
      if (edits) {
        for (const { node } of calls) {
          const { list, keywords } = callArguments(node.parent!);
          if (!list) continue;
          if (keywords.has('null')) {
            const value = keywords.get('null')!.childForFieldName('value')!;
            edits.push({ start: value.startIndex, end: value.endIndex, text: 'True' });
          } else {
            edits.push(appendArgument(text, list, 'null=True'));
          }
        }
        const normalized = normalizedOrNull(edits);
        fix = normalized ? { title: 'Use `BooleanField(null=True)`', edits: normalized } : undefined;
      }
    }
    for (const node of [...imports.map((e) => e.entry), ...references.map((r) => r.node)]) {
      context.report({ node, subject: '`NullBooleanField`', advice: 'use `BooleanField(null=True)` and make a migration', fix });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class A(models.Model):
              flag = models.BooleanField(null=True)
        `,
      },
      {
        code: dedent`
          from django.db import migrations, models

          FIELDS = [("flag", models.NullBooleanField())]
        `,
        filename: 'shop/migrations/0001_initial.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class A(models.Model):
              flag = models.NullBooleanField(default=None)
        `,
        filename: 'shop/models.py',
        errors: [
          { line: 4, column: 12, message: '`NullBooleanField` is deprecated since Django 3.1 and removed in 4.0: use `BooleanField(null=True)` and make a migration' },
        ],
        output: dedent`
          from django.db import models

          class A(models.Model):
              flag = models.BooleanField(default=None, null=True)
        `,
      },
      {
        code: dedent`
          from django.db.models import Model, NullBooleanField

          class A(Model):
              flag = NullBooleanField()
        `,
        filename: 'shop/models.py',
        errors: [
          { line: 1, column: 37, message: '`NullBooleanField` is deprecated since Django 3.1 and removed in 4.0: use `BooleanField(null=True)` and make a migration' },
          { line: 4, column: 12, message: '`NullBooleanField` is deprecated since Django 3.1 and removed in 4.0: use `BooleanField(null=True)` and make a migration' },
        ],
        output: dedent`
          from django.db.models import Model, BooleanField

          class A(Model):
              flag = BooleanField(null=True)
        `,
      },
    ],
  },
});
