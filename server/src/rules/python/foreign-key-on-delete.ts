import type { PythonRuleContext } from '../../engine/lint';
import { addImports, appendArgument, callArguments, isImported } from '../../engine/python-edits';
import { normalizeEdits } from '../../engine/apply-fixes';
import { deprecationNotes } from '../docs-links';
import type { PythonRule } from './rule-factories';
import { callsTo } from './python-queries';

const fields = ['ForeignKey', 'OneToOneField'];
const qualifiedNames = fields.flatMap((field) => [`django.db.models.${field}`, `django.db.models.fields.related.${field}`]);

const rule: PythonRule = {
  id: 'foreign-key-on-delete',
  title: '`ForeignKey`/`OneToOneField` need `on_delete`',
  category: 'models',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `ForeignKey` and `OneToOneField` fields (in models and migrations) created without `on_delete`.',
    why: 'Django 2.0 made `on_delete` a required argument; a field without it raises `TypeError` at import.',
    fixSafety: 'Safe: adds `on_delete=models.CASCADE`, the behaviour such fields had before 2.0.',
  },
  fix: 'safe',
  checklist: ['fk-on-delete-required'],
  truth: { replacements: ['django.db.models.CASCADE'], note: 'that on_delete became required in 2.0 is not a name that appears or disappears' },
  check(context: PythonRuleContext) {
    const { scopes, text } = context;
    for (const { call, callee } of callsTo(context, qualifiedNames)) {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      if (!list || hasSplat || keywords.has('on_delete') || positional.length >= 2) continue;
      let fix;
      const object = callee.type === 'attribute' ? callee.childForFieldName('object') : null;
      if (object) {
        fix = { title: 'Add `on_delete=models.CASCADE`', edits: [appendArgument(text, list, `on_delete=${object.text}.CASCADE`)] };
      } else if (isImported(scopes, 'django.db.models', 'CASCADE') || !scopes.isNameBound('CASCADE')) {
        const edits = [appendArgument(text, list, 'on_delete=CASCADE'), ...addImports(scopes, text, [{ module: 'django.db.models', name: 'CASCADE' }])];
        try {
          fix = { title: 'Add `on_delete=CASCADE`', edits: normalizeEdits(edits) };
        } catch {
          fix = undefined;
        }
      }
      context.report({
        node: callee,
        subject: `\`${callee.text.replace(/^.*\./, '')}\` without \`on_delete\``,
        advice: 'pass `on_delete` (`models.CASCADE` keeps the old behaviour)',
        fix,
      });
    }
  },
  examples: {
    valid: [
      { code: 'from django.db import models\n\nclass A(models.Model):\n    b = models.ForeignKey("B", on_delete=models.PROTECT)\n    c = models.ForeignKey("C", models.CASCADE)\n' },
      { code: 'from myorm import ForeignKey\n\nb = ForeignKey("B")\n' },
    ],
    invalid: [
      {
        code: 'from django.db import models\n\nclass A(models.Model):\n    b = models.ForeignKey("B")\n    c = models.OneToOneField(\n        "C",\n        related_name="+",\n    )\n',
        findings: 2,
        output: 'from django.db import models\n\nclass A(models.Model):\n    b = models.ForeignKey("B", on_delete=models.CASCADE)\n    c = models.OneToOneField(\n        "C",\n        related_name="+",\n        on_delete=models.CASCADE,\n    )\n',
      },
      {
        code: 'from django.db.models import ForeignKey, Model\n\nclass A(Model):\n    b = ForeignKey("B", null=True)\n',
        findings: 1,
        output: 'from django.db.models import ForeignKey, Model, CASCADE\n\nclass A(Model):\n    b = ForeignKey("B", null=True, on_delete=CASCADE)\n',
      },
    ],
  },
};
export default rule;
