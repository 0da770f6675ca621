import type { Node } from 'web-tree-sitter';
import { deleteStatement, normalizedOrNull } from '../../engine/python-edits';
import { attributeAssignments, classAssignments, pythonRepr, stringValue } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';

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

export default definePythonRule({
  id: 'model-meta-index-together',
  title: '`Meta.index_together` → `Meta.indexes`',
  category: 'models',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  notIn: ['migrations'],
  docs: {
    what: 'Finds `index_together` in a model\'s `class Meta`.',
    why: 'Django 4.2 deprecated it in favour of `Meta.indexes`; 5.1 removed it, and the model check fails.',
    fixSafety: 'Writes `indexes = [models.Index(fields=[…])]` (or extends the existing `indexes`) as django-upgrade does, when `Meta` holds only assignments and `models` or `Index` is imported. The change needs a migration (Django 4.1+ renames the index without rebuilding it), so it is a quick fix only. Needs Django 1.11+.',
  },
  upstream: { djangoUpgrade: 'index_together' },
  fix: 'unsafe',
  checklist: ['meta-index-together'],
  truth: { replacements: ['django.db.models.Index'], note: 'index_together is a Meta option name (django.db.models.options.DEFAULT_NAMES), not a symbol' },
  fixMinVersion: '1.11',
  triggers: ['index_together'],
  check(context) {
    const { scopes, text } = context;
    const moduleImport = scopes.imports.find((e) => (e.boundQualifiedName === 'django.db.models' || e.boundQualifiedName === 'django.contrib.gis.db.models') && e.scope === scopes.moduleScope);
    const indexImport = scopes.imports.find((e) => (e.qualifiedName === 'django.db.models.Index' || e.qualifiedName === 'django.contrib.gis.db.models.Index') && e.scope === scopes.moduleScope);
    const indexRef = moduleImport ? `${moduleImport.localName}.Index` : indexImport ? indexImport.localName : null;
    const metas = new Map(attributeAssignments(context, 'index_together').map(({ classNode }) => [classNode.startIndex, classNode]));
    for (const meta of metas.values()) {
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
          const normalized = normalizedOrNull(edits);
          fix = normalized ? { title: 'Use `Meta.indexes`', edits: normalized } : undefined;
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
    valid: [
      {
        code: dedent`
          from django.db import models

          class A(models.Model):
              class Meta:
                  indexes = [models.Index(fields=["a", "b"])]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class A(models.Model):
              a = models.IntegerField()
              b = models.IntegerField()
              c = models.IntegerField()
              d = models.IntegerField()

              class Meta:
                  index_together = [["a", "b"], ('c', 'd')]
        `,
        filename: 'shop/models.py',
        errors: [
          { line: 10, column: 9, message: '`Meta.index_together` is deprecated since Django 4.2 and removed in 5.1: use `Meta.indexes = [models.Index(fields=[…])]` and make a migration' },
        ],
        output: dedent`
          from django.db import models

          class A(models.Model):
              a = models.IntegerField()
              b = models.IntegerField()
              c = models.IntegerField()
              d = models.IntegerField()

              class Meta:
                  indexes = [models.Index(fields=["a", "b"]), models.Index(fields=("c", "d"))]
        `,
      },
      {
        code: dedent`
          from django.db import models

          class A(models.Model):
              a = models.IntegerField()
              b = models.IntegerField()

              class Meta:
                  index_together = ("a", "b")
        `,
        filename: 'shop/models.py',
        errors: [
          { line: 8, column: 9, message: '`Meta.index_together` is deprecated since Django 4.2 and removed in 5.1: use `Meta.indexes = [models.Index(fields=[…])]` and make a migration' },
        ],
        output: dedent`
          from django.db import models

          class A(models.Model):
              a = models.IntegerField()
              b = models.IntegerField()

              class Meta:
                  indexes = [models.Index(fields=("a", "b"))]
        `,
      },
      {
        code: dedent`
          from django.db.models import Index, IntegerField, Model

          class A(Model):
              a = IntegerField()
              b = IntegerField()
              c = IntegerField()

              class Meta:
                  ordering = ["a"]
                  index_together = [["a", "b"]]
                  indexes = [Index(fields=["c"])]
        `,
        filename: 'shop/models.py',
        errors: [
          { line: 10, column: 9, message: '`Meta.index_together` is deprecated since Django 4.2 and removed in 5.1: use `Meta.indexes = [models.Index(fields=[…])]` and make a migration' },
        ],
        output: dedent`
          from django.db.models import Index, IntegerField, Model

          class A(Model):
              a = IntegerField()
              b = IntegerField()
              c = IntegerField()

              class Meta:
                  ordering = ["a"]
                  indexes = [Index(fields=["c"]), Index(fields=["a", "b"])]
        `,
      },
    ],
  },
});
