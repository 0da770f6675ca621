import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { deprecationNotes } from '../docs-links';
import type { PythonRule } from './rule-factories';
import { classAttributeAssignments, classDefinitions } from './python-queries';

/** `[["a", "b"], ("c", "d")]` or `("a", "b")` (one index) → the field lists, or null if not literal. */
function indexFieldLists(value: Node): string[] | null {
  if (value.type !== 'list' && value.type !== 'tuple') return null;
  const items = value.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  if (items.length > 0 && items.every((item) => item.type === 'string')) return [`[${items.map((i) => i.text).join(', ')}]`];
  const lists: string[] = [];
  for (const item of items) {
    if (item.type !== 'list' && item.type !== 'tuple') return null;
    const fields = item.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
    if (!fields.every((f) => f.type === 'string')) return null;
    lists.push(`[${fields.map((f) => f.text).join(', ')}]`);
  }
  return lists;
}

const rule: PythonRule = {
  id: 'model-meta-index-together',
  title: '`Meta.index_together` → `Meta.indexes`',
  category: 'models',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  languages: ['python'],
  notIn: ['migrations'],
  docsUrl: deprecationNotes('4.2'),
  docs: {
    what: 'Finds `index_together` in a model\'s `class Meta`.',
    why: 'Django 4.2 deprecated it in favour of `Meta.indexes`; 5.1 removed it, and the model check fails.',
    fixSafety: 'Writes `indexes = [models.Index(fields=[…])]`; the change needs a migration (Django 4.1+ renames the index without rebuilding it), so it is a quick fix only. Needs Django 1.11+ and `models` imported from `django.db`.',
  },
  fix: 'unsafe',
  checklist: ['meta-index-together'],
  truth: { replacements: ['django.db.models.Index'], note: 'index_together is a Meta option name (django.db.models.options.DEFAULT_NAMES), not a symbol' },
  fixMinVersion: '1.11',
  check(context: PythonRuleContext) {
    const modelsName = context.scopes.imports.find((e) => e.boundQualifiedName === 'django.db.models' && e.scope === context.scopes.moduleScope)?.localName;
    for (const meta of classDefinitions(context)) {
      if (meta.childForFieldName('name')?.text !== 'Meta' || meta.parent?.parent?.type !== 'class_definition') continue;
      for (const { left, right } of classAttributeAssignments(meta, 'index_together')) {
        const lists = right ? indexFieldLists(right) : null;
        const canFix = lists !== null && lists.length > 0 && modelsName !== undefined && classAttributeAssignments(meta, 'indexes').length === 0;
        context.report({
          node: left,
          subject: '`Meta.index_together`',
          advice: 'use `Meta.indexes = [models.Index(fields=[…])]` and make a migration',
          fix: canFix
            ? {
                title: 'Use `Meta.indexes`',
                edits: [
                  { start: left.startIndex, end: left.endIndex, text: 'indexes' },
                  { start: right!.startIndex, end: right!.endIndex, text: `[${lists!.map((fields) => `${modelsName}.Index(fields=${fields})`).join(', ')}]` },
                ],
              }
            : undefined,
        });
      }
    }
  },
  examples: {
    valid: [{ code: 'from django.db import models\n\nclass A(models.Model):\n    class Meta:\n        indexes = [models.Index(fields=["a", "b"])]\n' }],
    invalid: [
      {
        code: 'from django.db import models\n\nclass A(models.Model):\n    class Meta:\n        index_together = [["a", "b"], ("c", "d")]\n',
        findings: 1,
        output: 'from django.db import models\n\nclass A(models.Model):\n    class Meta:\n        indexes = [models.Index(fields=["a", "b"]), models.Index(fields=["c", "d"])]\n',
      },
      {
        code: 'from django.db import models\n\nclass A(models.Model):\n    class Meta:\n        index_together = ("a", "b")\n',
        findings: 1,
        output: 'from django.db import models\n\nclass A(models.Model):\n    class Meta:\n        indexes = [models.Index(fields=["a", "b"])]\n',
      },
    ],
  },
};
export default rule;
