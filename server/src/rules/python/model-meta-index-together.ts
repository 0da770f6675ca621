import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { deleteStatement } from '../../engine/python-edits';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { TextEdit } from '../../engine/types';
import { deprecationNotes } from '../docs-links';
import { classAssignments, classDefinitions, stringValue, pythonRepr } from '../../engine/python-queries';
import type { PythonRule } from '../shapes';

const items = (node: Node) => node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');

/**
 * The `Index(...)` sources for `[["a", "b"], ("c", "d")]` or `("a", "b")` (one index), written as
 * django-upgrade's `index_together` fixer writes them (containers kept, names double-quoted), or
 * null when the value is not such a literal.
 */
function indexSources(value: Node, indexRef: string): string[] | null {
  if (value.type !== 'list' && value.type !== 'tuple') return null;
  const elements = items(value);
  if (elements.length === 0) return null;
  const single = elements.every((item) => item.type === 'string');
  const groups = single ? [value] : elements;
  const sources: string[] = [];
  for (const group of groups) {
    if (group.type !== 'list' && group.type !== 'tuple') return null;
    const fields = items(group).map((field) => stringValue(field));
    if (fields.some((f) => f === null)) return null;
    const quoted = fields.map((f) => pythonRepr(f!, '"')).join(', ');
    sources.push(`${indexRef}(fields=${group.type === 'tuple' ? `(${quoted})` : `[${quoted}]`})`);
  }
  return sources;
}

/** The text that adds `source` to an existing `indexes` list or tuple, as django-upgrade extends it. */
function extendIndexes(text: string, value: Node, source: string): TextEdit[] {
  const close = value.endIndex - 1;
  const elements = items(value);
  if (elements.length === 0) return [{ start: close, end: close, text: value.type === 'tuple' ? `${source},` : source }];
  const last = elements[elements.length - 1];
  const between = text.slice(last.endIndex, close);
  const trailingComma = between.includes(',');
  if (/[ \t\n]$/.test(text.slice(value.startIndex, close))) {
    return [
      { start: close, end: close, text: source },
      ...(trailingComma ? [] : [{ start: last.endIndex, end: last.endIndex, text: ',' }]),
    ];
  }
  return [{ start: close, end: close, text: `${trailingComma ? ' ' : ', '}${source}` }];
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
    what: 'Finds `index_together` in a model\'s `class Meta` (django-upgrade: `index_together`).',
    why: 'Django 4.2 deprecated it in favour of `Meta.indexes`; 5.1 removed it, and the model check fails.',
    fixSafety: 'Writes `indexes = [models.Index(fields=[…])]` (or extends the existing `indexes`) as django-upgrade does, when `Meta` holds only assignments and `models` or `Index` is imported. The change needs a migration (Django 4.1+ renames the index without rebuilding it), so it is a quick fix only. Needs Django 1.11+.',
  },
  fix: 'unsafe',
  checklist: ['meta-index-together'],
  truth: { replacements: ['django.db.models.Index'], note: 'index_together is a Meta option name (django.db.models.options.DEFAULT_NAMES), not a symbol' },
  fixMinVersion: '1.11',
  check(context: PythonRuleContext) {
    const { scopes, text } = context;
    const moduleImport = scopes.imports.find((e) => (e.boundQualifiedName === 'django.db.models' || e.boundQualifiedName === 'django.contrib.gis.db.models') && e.scope === scopes.moduleScope);
    const indexImport = scopes.imports.find((e) => (e.qualifiedName === 'django.db.models.Index' || e.qualifiedName === 'django.contrib.gis.db.models.Index') && e.scope === scopes.moduleScope);
    const indexRef = moduleImport ? `${moduleImport.localName}.Index` : indexImport ? indexImport.localName : null;
    for (const meta of classDefinitions(context)) {
      if (meta.childForFieldName('name')?.text !== 'Meta' || meta.parent?.parent?.type !== 'class_definition') continue;
      const body = items(meta.childForFieldName('body')!);
      const onlyAssignments = body.every((s) => s.type === 'expression_statement' && s.firstNamedChild?.type === 'assignment');
      const found = classAssignments(meta, 'index_together');
      const indexes = classAssignments(meta, 'indexes');
      for (const { statement, left, right } of found) {
        const sources = right && indexRef ? indexSources(right, indexRef) : null;
        let fix;
        const existing = indexes[0]?.right;
        if (sources && onlyAssignments && found.length === 1 && indexes.length <= 1 && (!existing || existing.type === 'list' || existing.type === 'tuple')) {
          const source = sources.join(', ');
          const edits: TextEdit[] = existing
            ? [deleteStatement(text, statement), ...extendIndexes(text, existing, source)]
            : [{ start: statement.startIndex, end: statement.endIndex, text: `indexes = [${source}]` }];
          try {
            fix = { title: 'Use `Meta.indexes`', edits: normalizeEdits(edits) };
          } catch {
            fix = undefined;
          }
        }
        context.report({
          node: left,
          subject: '`Meta.index_together`',
          advice: 'use `Meta.indexes = [models.Index(fields=[…])]` and make a migration',
          fix,
        });
      }
    }
  },
  examples: {
    valid: [{ code: 'from django.db import models\n\nclass A(models.Model):\n    class Meta:\n        indexes = [models.Index(fields=["a", "b"])]\n' }],
    invalid: [
      {
        code: 'from django.db import models\n\nclass A(models.Model):\n    a = models.IntegerField()\n    b = models.IntegerField()\n    c = models.IntegerField()\n    d = models.IntegerField()\n\n    class Meta:\n        index_together = [["a", "b"], (\'c\', \'d\')]\n',
        filename: 'shop/models.py',
        findings: 1,
        output: 'from django.db import models\n\nclass A(models.Model):\n    a = models.IntegerField()\n    b = models.IntegerField()\n    c = models.IntegerField()\n    d = models.IntegerField()\n\n    class Meta:\n        indexes = [models.Index(fields=["a", "b"]), models.Index(fields=("c", "d"))]\n',
      },
      {
        code: 'from django.db import models\n\nclass A(models.Model):\n    a = models.IntegerField()\n    b = models.IntegerField()\n\n    class Meta:\n        index_together = ("a", "b")\n',
        filename: 'shop/models.py',
        findings: 1,
        output: 'from django.db import models\n\nclass A(models.Model):\n    a = models.IntegerField()\n    b = models.IntegerField()\n\n    class Meta:\n        indexes = [models.Index(fields=("a", "b"))]\n',
      },
      {
        code: 'from django.db.models import Index, IntegerField, Model\n\nclass A(Model):\n    a = IntegerField()\n    b = IntegerField()\n    c = IntegerField()\n\n    class Meta:\n        ordering = ["a"]\n        index_together = [["a", "b"]]\n        indexes = [Index(fields=["c"])]\n',
        filename: 'shop/models.py',
        findings: 1,
        output: 'from django.db.models import Index, IntegerField, Model\n\nclass A(Model):\n    a = IntegerField()\n    b = IntegerField()\n    c = IntegerField()\n\n    class Meta:\n        ordering = ["a"]\n        indexes = [Index(fields=["c"]), Index(fields=["a", "b"])]\n',
      },
    ],
  },
};
export default rule;
