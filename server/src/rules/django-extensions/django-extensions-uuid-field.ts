import { lastName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { djangoExtensionsChangelog, MovedLibraryName, movedLibraryNames } from '../shapes/libraries';

const names: MovedLibraryName[] = [{ old: 'django_extensions.db.fields.UUIDField' }, { old: 'django_extensions.db.fields.PostgreSQLUUIDField' }];

export default definePythonRule({
  id: 'django-extensions-uuid-field',
  title: "django-extensions' `UUIDField` → Django's `models.UUIDField`",
  category: 'django-extensions',
  library: 'django-extensions',
  deprecatedIn: '1.4.7',
  removedIn: '1.8.0',
  docsUrl: djangoExtensionsChangelog,
  triggers: ['UUIDField', 'PostgreSQLUUIDField'],
  docs: {
    what: "Finds imports and uses of `django_extensions.db.fields.UUIDField` and `PostgreSQLUUIDField`, in models and in migrations.",
    why: "Django 1.8 brought its own `models.UUIDField`; django-extensions deprecated its field and removed it in 1.8.0, so models and the migrations that name it no longer import.",
    fixSafety: "No fix: django-extensions' field stores a 36-character string (`CharField`), Django's a native `uuid` column on PostgreSQL (32 hexadecimal characters elsewhere), and fills itself only with `default=uuid.uuid4`; the switch needs a schema and data migration. Old migrations keep naming the field: squash them or replace the reference by a `CharField(max_length=36)`.",
  },
  fix: 'none',
  truth: {
    removed: names.map((name) => name.old),
    deprecated: ["django_extensions.db.fields.UUIDField.__init__ mentions 'DeprecationWarning'"],
  },
  check(context) {
    for (const { node, name } of movedLibraryNames(context, names)) {
      context.report({ node, subject: `django-extensions' \`${lastName(name.old)}\``, advice: 'use `models.UUIDField(default=uuid.uuid4)` and migrate the column' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import uuid

          from django.db import models


          class Order(models.Model):
              uuid = models.UUIDField(default=uuid.uuid4, editable=False)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models
          from django_extensions.db.fields import UUIDField


          class Order(models.Model):
              uuid = UUIDField()
        `,
        errors: [
          { line: 2, column: 41, message: 'django-extensions\' `UUIDField` is deprecated since django-extensions 1.4.7 and removed in 1.8.0: use `models.UUIDField(default=uuid.uuid4)` and migrate the column' },
          { line: 6, column: 12, message: 'django-extensions\' `UUIDField` is deprecated since django-extensions 1.4.7 and removed in 1.8.0: use `models.UUIDField(default=uuid.uuid4)` and migrate the column' },
        ],
      },
      {
        code: dedent`
          import django_extensions.db.fields
          from django.db import migrations


          class Migration(migrations.Migration):
              operations = [
                  migrations.AddField("order", "uuid", django_extensions.db.fields.UUIDField(blank=True, editable=False)),
              ]
        `,
        filename: 'shop/migrations/0002_order_uuid.py',
        errors: [
          { line: 7, column: 46, message: 'django-extensions\' `UUIDField` is deprecated since django-extensions 1.4.7 and removed in 1.8.0: use `models.UUIDField(default=uuid.uuid4)` and migrate the column' },
        ],
      },
    ],
  },
});
