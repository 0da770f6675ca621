import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import { addImports, removeImportEntries } from '../../engine/python-edits';
import type { TextEdit } from '../../engine/types';
import { dedent, movedNamesRule, PythonRule, withFileFix } from '../shapes';

const names = ['django.db.models.query_utils.InvalidQuery', 'django.db.models.query.InvalidQuery'];
const advice = 'catch `FieldDoesNotExist` (raw queries without the primary key) or `FieldError` (deferred fields with `select_related()`) from `django.core.exceptions`';

const finder = movedNamesRule({
  id: 'db-models-invalid-query',
  title: '`InvalidQuery` → `FieldDoesNotExist`/`FieldError`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds the exception `django.db.models.query_utils.InvalidQuery` (also imported from `django.db.models.query`, which dropped it in 3.1).',
    why: 'Django 3.1 raises `FieldDoesNotExist` and `FieldError` where it raised `InvalidQuery`; `except InvalidQuery` kept catching them until Django 4.0 removed the class.',
    fixSafety:
      'Safe where every use is the type of an `except` clause: it becomes `except (FieldDoesNotExist, FieldError)`, exactly what `InvalidQuery` matched in 3.1–3.2. ' +
      'Needs Django 3.1+ (older releases raise `InvalidQuery` itself).',
  },
  fix: 'safe',
  fixMinVersion: '3.1',
  checklist: ['invalid-query'],
  names: names.map((old) => ({ old, subject: '`InvalidQuery`', advice })),
  truth: {
    removed: ['django.db.models.query_utils.InvalidQuery'],
    replacements: ['django.core.exceptions.FieldDoesNotExist', 'django.core.exceptions.FieldError'],
    note: '`django.db.models.query.InvalidQuery` (a re-export) is gone already in 3.1, so only the query_utils path is claimed',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.exceptions import FieldDoesNotExist

          try:
              list(rows)
          except FieldDoesNotExist:
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.query_utils import InvalidQuery

          try:
              rows = list(Person.objects.raw("SELECT name FROM people"))
          except InvalidQuery as error:
              rows = []
        `,
        errors: [
          { line: 1, column: 42, message: '`InvalidQuery` is deprecated since Django 3.1 and removed in 4.0: catch `FieldDoesNotExist` (raw queries without the primary key) or `FieldError` (deferred fields with `select_related()`) from `django.core.exceptions`' },
          { line: 5, column: 8, message: '`InvalidQuery` is deprecated since Django 3.1 and removed in 4.0: catch `FieldDoesNotExist` (raw queries without the primary key) or `FieldError` (deferred fields with `select_related()`) from `django.core.exceptions`' },
        ],
        output: dedent`
          from django.core.exceptions import FieldDoesNotExist, FieldError

          try:
              rows = list(Person.objects.raw("SELECT name FROM people"))
          except (FieldDoesNotExist, FieldError) as error:
              rows = []
        `,
      },
      {
        code: dedent`
          from django.db.models.query import InvalidQuery

          class Oops(InvalidQuery):
              pass
        `,
        errors: [
          { line: 1, column: 36, message: '`InvalidQuery` is deprecated since Django 3.1 and removed in 4.0: catch `FieldDoesNotExist` (raw queries without the primary key) or `FieldError` (deferred fields with `select_related()`) from `django.core.exceptions`' },
          { line: 3, column: 12, message: '`InvalidQuery` is deprecated since Django 3.1 and removed in 4.0: catch `FieldDoesNotExist` (raw queries without the primary key) or `FieldError` (deferred fields with `select_related()`) from `django.core.exceptions`' },
        ],
      },
      {
        code: dedent`
          from django.core.exceptions import ObjectDoesNotExist
          from django.db.models.query_utils import InvalidQuery


          def first_author_name():
              try:
                  return Author.objects.raw("SELECT id, name FROM library_author")[0].name
              except (InvalidQuery, IndexError):
                  return None
              except ObjectDoesNotExist:
                  return ""
        `,
        errors: [
          { line: 2, column: 42, message: '`InvalidQuery` is deprecated since Django 3.1 and removed in 4.0: catch `FieldDoesNotExist` (raw queries without the primary key) or `FieldError` (deferred fields with `select_related()`) from `django.core.exceptions`' },
          { line: 8, column: 13, message: '`InvalidQuery` is deprecated since Django 3.1 and removed in 4.0: catch `FieldDoesNotExist` (raw queries without the primary key) or `FieldError` (deferred fields with `select_related()`) from `django.core.exceptions`' },
        ],
        output: dedent`
          from django.core.exceptions import ObjectDoesNotExist, FieldDoesNotExist, FieldError


          def first_author_name():
              try:
                  return Author.objects.raw("SELECT id, name FROM library_author")[0].name
              except (FieldDoesNotExist, FieldError, IndexError):
                  return None
              except ObjectDoesNotExist:
                  return ""
        `,
      },
    ],
  },
});

/** `except InvalidQuery` / `except (InvalidQuery, X)` → FieldDoesNotExist and FieldError; null when a use is anything else. */
function exceptClauseEdits(context: Parameters<PythonRule['check']>[0]): TextEdit[] | null {
  const { scopes, text } = context;
  const edits: TextEdit[] = [];
  const references = names.flatMap((name) => scopes.referencesTo(name));
  if (references.length === 0) return null;
  for (const name of ['FieldDoesNotExist', 'FieldError']) {
    if (scopes.renameSafety(name, `django.core.exceptions.${name}`, references.map((r) => r.node), 0) !== 'safe') return null;
  }
  for (const reference of references) {
    const node: Node = reference.node;
    const parent = node.parent;
    if (parent?.type === 'except_clause' && parent.namedChildren[0]?.startIndex === node.startIndex) {
      edits.push({ start: node.startIndex, end: node.endIndex, text: '(FieldDoesNotExist, FieldError)' });
    } else if (parent?.type === 'as_pattern' && parent.parent?.type === 'except_clause' && parent.namedChildren[0]?.startIndex === node.startIndex) {
      edits.push({ start: node.startIndex, end: node.endIndex, text: '(FieldDoesNotExist, FieldError)' });
    } else if (parent?.type === 'tuple' && (parent.parent?.type === 'except_clause' || (parent.parent?.type === 'as_pattern' && parent.parent.parent?.type === 'except_clause'))) {
      edits.push({ start: node.startIndex, end: node.endIndex, text: 'FieldDoesNotExist, FieldError' });
    } else {
      return null;
    }
  }
  const entries = scopes.imports.filter((entry) => names.includes(entry.qualifiedName));
  const byStatement = new Map<number, { statement: Node; entries: Node[] }>();
  for (const entry of entries) {
    const slot = byStatement.get(entry.statement.startIndex) ?? { statement: entry.statement, entries: [] };
    slot.entries.push(entry.entry);
    byStatement.set(entry.statement.startIndex, slot);
  }
  const items = [{ module: 'django.core.exceptions', name: 'FieldDoesNotExist' }, { module: 'django.core.exceptions', name: 'FieldError' }];
  let anchored = false;
  for (const { statement, entries: removed } of byStatement.values()) {
    const all = statement.childrenForFieldName('name').filter(Boolean).length === removed.length;
    if (all && !anchored) {
      edits.push(...addImports(scopes, text, items, { anchor: statement, replaceAnchor: true, exclude: new Set(removed) }));
      anchored = true;
    } else {
      edits.push(...removeImportEntries(text, statement, removed));
    }
  }
  if (!anchored) edits.push(...addImports(scopes, text, items));
  try {
    return normalizeEdits(edits);
  } catch {
    return null;
  }
}

const rule: PythonRule = withFileFix(finder, 'Catch `FieldDoesNotExist` and `FieldError`', exceptClauseEdits);
export default rule;
