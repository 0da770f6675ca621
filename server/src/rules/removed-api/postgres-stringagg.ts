import type { Node } from 'web-tree-sitter';
import { normalizeEdits } from '../../engine/apply-fixes';
import type { TextEdit } from '../../engine/types';
import { linesBeforeImport } from '../../engine/python-edits';
import { callArguments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const oldNames = ['django.contrib.postgres.aggregates.StringAgg', 'django.contrib.postgres.aggregates.general.StringAgg'];

export default definePythonRule({
  id: 'postgres-stringagg',
  title: '`django.contrib.postgres` `StringAgg` → `django.db.models.StringAgg`',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  docs: {
    what: 'Finds `StringAgg` imported from `django.contrib.postgres.aggregates`.',
    why: 'Django 6.0 added a database-agnostic `StringAgg` to `django.db.models` and deprecated the PostgreSQL one.',
    fixSafety: 'The new `StringAgg` takes its `delimiter` as an expression, so a string delimiter is wrapped in `Value()` (which must be imported from `django.db.models`, or `models` from `django.db`). Like django-upgrade, only when every use is such a call. Needs Django 6.0+.',
  },
  upstream: { djangoUpgrade: 'stringagg' },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '6.0',
  checklist: ['postgres-stringagg'],
  truth: { replacements: ['django.db.models.StringAgg'], note: 'the PostgreSQL StringAgg stays in 6.0 with a deprecation warning' },
  triggers: ['StringAgg'],
  check(context) {
    const { scopes, text } = context;
    const entries = scopes.imports.filter((e) => oldNames.includes(e.qualifiedName));
    if (entries.length === 0) return;
    const valueImport = scopes.imports.find((e) => e.qualifiedName === 'django.db.models.Value' && e.localName === 'Value' && e.scope === scopes.moduleScope);
    const modelsImport = scopes.imports.find((e) => e.boundQualifiedName === 'django.db.models' && e.localName === 'models' && e.scope === scopes.moduleScope);
    const wrap = valueImport ? 'Value' : modelsImport ? 'models.Value' : null;
    const edits: TextEdit[] = [];
    let fixable = entries.every((e) => !e.aliasNode && e.module !== null && e.scope === scopes.moduleScope);
    const reports: Node[] = entries.map((e) => e.entry);
    for (const reference of scopes.references.filter((r) => oldNames.includes(r.qualifiedName))) {
      const node = reference.node;
      if (node.type === 'identifier' && node.text !== 'StringAgg') continue;
      reports.push(node);
      const call = node.parent?.type === 'call' && node.parent.childForFieldName('function')?.startIndex === node.startIndex ? node.parent : null;
      if (!call || node.type !== 'identifier') {
        fixable = false;
        continue;
      }
      const { positional, keywords } = callArguments(call);
      const delimiter: Node | null | undefined = positional.length === 1 ? keywords.get('delimiter')?.childForFieldName('value') : positional[1];
      if (!delimiter) {
        fixable = false;
      } else if (delimiter.type === 'string') {
        if (!wrap) fixable = false;
        else edits.push({ start: delimiter.startIndex, end: delimiter.startIndex, text: `${wrap}(` }, { start: delimiter.endIndex, end: delimiter.endIndex, text: ')' });
      } else if (!(delimiter.type === 'call' && valueImport && scopes.qualifiedNameOf(delimiter.childForFieldName('function')) === 'django.db.models.Value')) {
        fixable = false;
      }
    }
    for (const entry of entries) edits.push(...linesBeforeImport(text, entry.statement, [entry.entry], ['from django.db.models import StringAgg']));
    let fix;
    if (fixable) {
      try {
        fix = { title: 'Use `django.db.models.StringAgg`', edits: normalizeEdits(edits) };
      } catch {
        fix = undefined;
      }
    }
    for (const node of reports) context.report({ node, subject: 'The PostgreSQL `StringAgg`', advice: 'use `django.db.models.StringAgg` with `delimiter=Value(…)`', fix });
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db.models import StringAgg, Value

          names = StringAgg("name", delimiter=Value(", "))
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.aggregates import ArrayAgg, StringAgg
          from django.db.models import Value

          names = StringAgg("name", ", ")
          tags = StringAgg("tag", delimiter=Value(";"))
        `,
        errors: [
          { line: 1, column: 58, message: 'The PostgreSQL `StringAgg` is deprecated since Django 6.0: use `django.db.models.StringAgg` with `delimiter=Value(…)`' },
          { line: 4, column: 9, message: 'The PostgreSQL `StringAgg` is deprecated since Django 6.0: use `django.db.models.StringAgg` with `delimiter=Value(…)`' },
          { line: 5, column: 8, message: 'The PostgreSQL `StringAgg` is deprecated since Django 6.0: use `django.db.models.StringAgg` with `delimiter=Value(…)`' },
        ],
        output: dedent`
          from django.db.models import StringAgg
          from django.contrib.postgres.aggregates import ArrayAgg
          from django.db.models import Value

          names = StringAgg("name", Value(", "))
          tags = StringAgg("tag", delimiter=Value(";"))
        `,
      },
      {
        code: dedent`
          from django.contrib.postgres.aggregates import StringAgg
          from django.db import models


          def author_names(queryset):
              return queryset.annotate(names=StringAgg("authors__name", delimiter=", "))
        `,
        errors: [
          { line: 1, column: 48, message: 'The PostgreSQL `StringAgg` is deprecated since Django 6.0: use `django.db.models.StringAgg` with `delimiter=Value(…)`' },
          { line: 6, column: 36, message: 'The PostgreSQL `StringAgg` is deprecated since Django 6.0: use `django.db.models.StringAgg` with `delimiter=Value(…)`' },
        ],
        output: dedent`
          from django.db.models import StringAgg
          from django.db import models


          def author_names(queryset):
              return queryset.annotate(names=StringAgg("authors__name", delimiter=models.Value(", ")))
        `,
      },
    ],
  },
});
