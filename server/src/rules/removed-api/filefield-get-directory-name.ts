import { dedent, removedMethodsRule } from '../shapes';

const advice = 'override `generate_filename(instance, filename)` or pass `upload_to`, and let the storage build the name (`Storage.generate_filename()`)';

export default removedMethodsRule({
  id: 'filefield-get-directory-name',
  title: '`FileField.get_directory_name()` and `get_filename()` removed',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `get_directory_name()` and `get_filename()` overridden in subclasses of `FileField`/`ImageField`, or called on `self`/`super()` there.',
    why: 'Django 1.10 moved file name generation into `Storage.generate_filename()` (so storages can change it); the field methods were deprecated and Django 2.0 removed them, so overrides stop being called.',
    fixSafety: 'No fix: the naming logic moves to `FileField.generate_filename()`, `upload_to` or the storage.',
  },
  fix: 'none',
  checklist: ['filefield-get-directory-name', 'filefield-get-filename'],
  classes: [/^django\.db\.models\.([\w.]+\.)?(File|Image)Field$/],
  methods: [
    { name: 'get_directory_name', subject: '`FileField.get_directory_name()`', advice },
    { name: 'get_filename', subject: '`FileField.get_filename()`', advice },
  ],
  truth: {
    removed: ['django.db.models.fields.files.FileField.get_directory_name', 'django.db.models.fields.files.FileField.get_filename'],
    replacements: ['django.db.models.fields.files.FileField.generate_filename', 'django.core.files.storage.Storage.generate_filename'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.db import models

          class DatedFileField(models.FileField):
              def generate_filename(self, instance, filename):
                  return super().generate_filename(instance, filename)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.db import models

          class DatedFileField(models.FileField):
              def get_directory_name(self):
                  return "uploads/%Y"
        `,
        errors: [
          { line: 4, column: 9, message: '`FileField.get_directory_name()`, overridden here, is deprecated since Django 1.10 and removed in 2.0: override `generate_filename(instance, filename)` or pass `upload_to`, and let the storage build the name (`Storage.generate_filename()`)' },
        ],
      },
    ],
  },
});
