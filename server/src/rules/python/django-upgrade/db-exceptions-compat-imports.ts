import { releaseNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'db-exceptions-compat-imports',
  title: '`FieldDoesNotExist`/`EmptyResultSet` from `django.db.models` modules → `django.core.exceptions`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docsUrl: releaseNotes('3.1', 'miscellaneous'),
  docs: {
    what: 'Finds `FieldDoesNotExist` imported from `django.db.models.fields` and `EmptyResultSet` from `django.db.models.query`, `django.db.models.sql` or `django.db.models.sql.datastructures` (django-upgrade: `compatibility_imports`).',
    why: 'Both live in `django.core.exceptions`; Django 3.1 stopped re-exporting them from the model modules, so the imports fail.',
    fixSafety: 'Safe: the same exception classes. Needs Django 1.11+ (`EmptyResultSet` moved to `django.core.exceptions` in 1.11).',
  },
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
    valid: [{ code: 'from django.core.exceptions import EmptyResultSet, FieldDoesNotExist\n' }],
    invalid: [{
      code: 'from django.db.models.fields import FieldDoesNotExist\n\ntry:\n    field = opts.get_field(name)\nexcept FieldDoesNotExist:\n    field = None\n',
      findings: 2,
      output: 'from django.core.exceptions import FieldDoesNotExist\n\ntry:\n    field = opts.get_field(name)\nexcept FieldDoesNotExist:\n    field = None\n',
    }],
  },
});
