import { dedent, subclassAttributeRule } from '../shapes';

export default subclassAttributeRule({
  id: 'filesystem-storage-os-open-flags',
  title: '`FileSystemStorage.OS_OPEN_FLAGS` → `allow_overwrite=True`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docs: {
    what: 'Finds `OS_OPEN_FLAGS` set in subclasses of `FileSystemStorage` (usually to allow overwriting files).',
    why: 'Django 5.1 added `FileSystemStorage(allow_overwrite=True)`; 6.0 removed `OS_OPEN_FLAGS`, so the override is ignored.',
    fixSafety: 'No automatic fix: pass `allow_overwrite=True` to the storage (or set it in `STORAGES` `OPTIONS`).',
  },
  fix: 'none',
  checklist: ['filesystemstorage-os-open-flags'],
  truth: { removed: ['django.core.files.storage.filesystem.FileSystemStorage.OS_OPEN_FLAGS'] },
  bases: ['django.core.files.storage.filesystem.FileSystemStorage', 'django.core.files.storage.FileSystemStorage', 'django.contrib.staticfiles.storage.StaticFilesStorage'],
  baseName: 'FileSystemStorage',
  members: [{ name: 'OS_OPEN_FLAGS', advice: 'pass `allow_overwrite=True` to the storage instead' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.files.storage import FileSystemStorage

          storage = FileSystemStorage(allow_overwrite=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import os
          from django.core.files.storage import FileSystemStorage

          class Overwrite(FileSystemStorage):
              OS_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        `,
        errors: [
          { line: 5, column: 5, message: '`FileSystemStorage.OS_OPEN_FLAGS` is deprecated since Django 5.1 and removed in 6.0: pass `allow_overwrite=True` to the storage instead' },
        ],
      },
    ],
  },
});
