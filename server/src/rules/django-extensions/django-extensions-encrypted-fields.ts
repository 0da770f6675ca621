import { lastName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { djangoExtensionsChangelog, MovedLibraryName, movedLibraryNames } from '../shapes/libraries';

const names: MovedLibraryName[] = [{ old: 'django_extensions.db.fields.encrypted.EncryptedTextField' }, { old: 'django_extensions.db.fields.encrypted.EncryptedCharField' }];

export default definePythonRule({
  id: 'django-extensions-encrypted-fields',
  title: "django-extensions' Keyczar fields `EncryptedTextField` / `EncryptedCharField` were removed",
  category: 'django-extensions',
  library: 'django-extensions',
  deprecatedIn: '2.1.7',
  removedIn: '3.0.0',
  docsUrl: djangoExtensionsChangelog,
  triggers: ['EncryptedTextField', 'EncryptedCharField'],
  docs: {
    what: 'Finds imports and uses of `django_extensions.db.fields.encrypted.EncryptedTextField` and `EncryptedCharField`, in models and migrations.',
    why: 'The fields encrypted with Keyczar, which is abandoned; django-extensions 2.1.7 deprecated them and 3.0 removed the module, so models and migrations that name them no longer import.',
    fixSafety: 'No fix: the stored ciphertext must be decrypted with Keyczar and re-encrypted with another library in a data migration before the fields change.',
  },
  fix: 'none',
  truth: {
    removed: names.map((name) => name.old),
    deprecated: ["django_extensions.db.fields.encrypted.BaseEncryptedField.__init__ mentions 'RemovedInNextVersionWarning'"],
  },
  check(context) {
    for (const { node, name } of movedLibraryNames(context, names)) {
      context.report({ node, subject: `django-extensions' \`${lastName(name.old)}\``, advice: 'move the data to a maintained encryption library in a data migration' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models


          class Secret(models.Model):
              value = models.TextField()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models
          from django_extensions.db.fields.encrypted import EncryptedCharField, EncryptedTextField


          class Secret(models.Model):
              name = EncryptedCharField(max_length=100)
              value = EncryptedTextField()
        `,
        errors: [
          { line: 2, column: 51, message: 'django-extensions\' `EncryptedCharField` is deprecated since django-extensions 2.1.7 and removed in 3.0.0: move the data to a maintained encryption library in a data migration' },
          { line: 2, column: 71, message: 'django-extensions\' `EncryptedTextField` is deprecated since django-extensions 2.1.7 and removed in 3.0.0: move the data to a maintained encryption library in a data migration' },
          { line: 6, column: 12, message: 'django-extensions\' `EncryptedCharField` is deprecated since django-extensions 2.1.7 and removed in 3.0.0: move the data to a maintained encryption library in a data migration' },
          { line: 7, column: 13, message: 'django-extensions\' `EncryptedTextField` is deprecated since django-extensions 2.1.7 and removed in 3.0.0: move the data to a maintained encryption library in a data migration' },
        ],
      },
      {
        code: dedent`
          from django_extensions.db.fields import encrypted

          field = encrypted.EncryptedTextField()
        `,
        errors: [
          { line: 3, column: 9, message: 'django-extensions\' `EncryptedTextField` is deprecated since django-extensions 2.1.7 and removed in 3.0.0: move the data to a maintained encryption library in a data migration' },
        ],
      },
    ],
  },
});
