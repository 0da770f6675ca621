import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'db-exceptions-compat-imports',
  title: '`FieldDoesNotExist`/`EmptyResultSet` from `django.db.models` modules → `django.core.exceptions`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docsUrl: releaseNotes('3.1', 'miscellaneous'),
  docs: {
    what: 'Finds `FieldDoesNotExist` imported from `django.db.models.fields` and `EmptyResultSet` from `django.db.models.query`, `django.db.models.sql` or `django.db.models.sql.datastructures`.',
    why: 'Both live in `django.core.exceptions`; Django 3.1 stopped re-exporting them from the model modules, so the imports fail.',
    fixSafety: 'Safe: the same exception classes. Needs Django 1.11+ (`EmptyResultSet` moved to `django.core.exceptions` in 1.11).',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '1.11',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [
    { old: 'django.db.models.fields.FieldDoesNotExist', replacement: 'django.core.exceptions.FieldDoesNotExist' },
    { old: 'django.db.models.query.EmptyResultSet', replacement: 'django.core.exceptions.EmptyResultSet' },
    { old: 'django.db.models.sql.EmptyResultSet', replacement: 'django.core.exceptions.EmptyResultSet' },
    { old: 'django.db.models.sql.datastructures.EmptyResultSet', replacement: 'django.core.exceptions.EmptyResultSet' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db.models.fields import FieldDoesNotExist

          try:
              field = opts.get_field(name)
          except FieldDoesNotExist:
              field = None
        `,
        errors: [
          { line: 1, column: 37, message: '`django.db.models.fields.FieldDoesNotExist` was removed in Django 3.1 without a deprecation period: use `django.core.exceptions.FieldDoesNotExist`' },
          { line: 5, column: 8, message: '`django.db.models.fields.FieldDoesNotExist` was removed in Django 3.1 without a deprecation period: use `django.core.exceptions.FieldDoesNotExist`' },
        ],
        output: dedent`
          from django.core.exceptions import FieldDoesNotExist

          try:
              field = opts.get_field(name)
          except FieldDoesNotExist:
              field = None
        `,
      },
      {
        code: dedent`
          from django.db.models.sql import EmptyResultSet


          def compile_or_empty(compiler, node):
              try:
                  return compiler.compile(node)
              except EmptyResultSet:
                  return "", []
        `,
        errors: [
          { line: 1, column: 34, message: '`django.db.models.sql.EmptyResultSet` was removed in Django 3.1 without a deprecation period: use `django.core.exceptions.EmptyResultSet`' },
          { line: 7, column: 12, message: '`django.db.models.sql.EmptyResultSet` was removed in Django 3.1 without a deprecation period: use `django.core.exceptions.EmptyResultSet`' },
        ],
        output: dedent`
          from django.core.exceptions import EmptyResultSet


          def compile_or_empty(compiler, node):
              try:
                  return compiler.compile(node)
              except EmptyResultSet:
                  return "", []
        `,
      },
    ],
  },
});
