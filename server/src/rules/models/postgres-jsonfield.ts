import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'postgres-jsonfield',
  title: '`django.contrib.postgres` `JSONField` → `django.db.models.JSONField`',
  category: 'models',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  notIn: ['migrations'],
  docs: {
    what: 'Finds the PostgreSQL-only `JSONField` model and form fields and the `KeyTransform`/`KeyTextTransform` lookups of `django.contrib.postgres.fields.jsonb` (not in migrations, which keep the historical path).',
    why: 'Django 3.1 added a cross-database `JSONField`; from 4.0 the postgres one exists only for old migrations.',
    fixSafety: 'Safe: the new field has the same database type on PostgreSQL. Needs Django 3.1+.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  checklist: ['postgres-model-jsonfield', 'postgres-form-jsonfield', 'postgres-jsonb-keytransform', 'postgres-jsonb-keytexttransform'],
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
      {
        code: dedent`
          from django.db.models import JSONField
        `,
      },
      {
        code: dedent`
          from django.contrib.postgres.fields import JSONField
        `,
        filename: 'shop/migrations/0002_data.py',
      },
      {
        code: dedent`
          from jsonfield import JSONField
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.postgres.fields import ArrayField, JSONField
          from django.db import models

          class A(models.Model):
              data = JSONField(default=dict)
        `,
        errors: [
          { line: 1, column: 56, message: 'The `django.contrib.postgres` `JSONField` is deprecated since Django 3.1 and removed in 4.0: use `django.db.models.JSONField`' },
          { line: 5, column: 12, message: 'The `django.contrib.postgres` `JSONField` is deprecated since Django 3.1 and removed in 4.0: use `django.db.models.JSONField`' },
        ],
        output: dedent`
          from django.db.models import JSONField
          from django.contrib.postgres.fields import ArrayField
          from django.db import models

          class A(models.Model):
              data = JSONField(default=dict)
        `,
      },
      {
        code: dedent`
          from django.contrib.postgres.fields.jsonb import KeyTextTransform, KeyTransform
        `,
        errors: [
          { line: 1, column: 50, message: '`django.contrib.postgres.fields.jsonb.KeyTextTransform` is deprecated since Django 3.1 and removed in 4.0: use `django.db.models.fields.json.KeyTextTransform`' },
          { line: 1, column: 68, message: '`django.contrib.postgres.fields.jsonb.KeyTransform` is deprecated since Django 3.1 and removed in 4.0: use `django.db.models.fields.json.KeyTransform`' },
        ],
        output: dedent`
          from django.db.models.fields.json import KeyTextTransform, KeyTransform
        `,
      },
    ],
  },
});
