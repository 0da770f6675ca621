import { deprecationNotes } from '../docs-links';
import { movedNamesRule } from '../shapes';

export default movedNamesRule({
  id: 'postgres-jsonfield',
  title: '`django.contrib.postgres` `JSONField` → `django.db.models.JSONField`',
  category: 'models',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  notIn: ['migrations'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds the PostgreSQL-only `JSONField` model and form fields and the `KeyTransform`/`KeyTextTransform` lookups of `django.contrib.postgres.fields.jsonb` (not in migrations, which keep the historical path; django-upgrade: `compatibility_imports`).',
    why: 'Django 3.1 added a cross-database `JSONField`; from 4.0 the postgres one exists only for old migrations.',
    fixSafety: 'Safe: the new field has the same database type on PostgreSQL. Needs Django 3.1+.',
  },
  fix: 'safe',
  checklist: ['postgres-model-jsonfield', 'postgres-form-jsonfield', 'postgres-jsonb-keytransform'],
  truth: {
    removed: ['django.contrib.postgres.fields.jsonb.KeyTransform', 'django.contrib.postgres.fields.jsonb.KeyTextTransform', 'django.contrib.postgres.forms.JSONField'],
    replacements: ['django.db.models.JSONField', 'django.forms.JSONField', 'django.db.models.fields.json.KeyTransform', 'django.db.models.fields.json.KeyTextTransform'],
    note: 'the postgres JSONField stays in 4.0+ as a stub for historical migrations (system_check_removed_details), so its removal is not checked as absence',
  },
  fixMinVersion: '3.1',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [
    { old: 'django.contrib.postgres.fields.JSONField', replacement: 'django.db.models.JSONField', subject: 'The `django.contrib.postgres` `JSONField`' },
    { old: 'django.contrib.postgres.fields.jsonb.JSONField', replacement: 'django.db.models.JSONField', subject: 'The `django.contrib.postgres` `JSONField`' },
    { old: 'django.contrib.postgres.forms.JSONField', replacement: 'django.forms.JSONField', subject: 'The `django.contrib.postgres` form `JSONField`' },
    { old: 'django.contrib.postgres.forms.jsonb.JSONField', replacement: 'django.forms.JSONField', subject: 'The `django.contrib.postgres` form `JSONField`' },
    ...['KeyTransform', 'KeyTextTransform'].flatMap((name) => [
      { old: `django.contrib.postgres.fields.jsonb.${name}`, replacement: `django.db.models.fields.json.${name}` },
      { old: `django.contrib.postgres.fields.${name}`, replacement: `django.db.models.fields.json.${name}` },
    ]),
  ],
  examples: {
    valid: [
      { code: 'from django.db.models import JSONField\n' },
      { code: 'from django.contrib.postgres.fields import JSONField\n', filename: 'shop/migrations/0002_data.py' },
      { code: 'from jsonfield import JSONField\n' },
    ],
    invalid: [{
      code: 'from django.contrib.postgres.fields import ArrayField, JSONField\nfrom django.db import models\n\nclass A(models.Model):\n    data = JSONField(default=dict)\n',
      findings: 2,
      output: 'from django.db.models import JSONField\nfrom django.contrib.postgres.fields import ArrayField\nfrom django.db import models\n\nclass A(models.Model):\n    data = JSONField(default=dict)\n',
    }, {
      code: 'from django.contrib.postgres.fields.jsonb import KeyTextTransform, KeyTransform\n',
      findings: 2,
      output: 'from django.db.models.fields.json import KeyTextTransform, KeyTransform\n',
    }],
  },
});
