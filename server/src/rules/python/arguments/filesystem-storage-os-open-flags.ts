import { deprecationNotes } from '../../docs-links';
import { subclassAttributeRule } from '../../shapes';

export default subclassAttributeRule({
  id: 'filesystem-storage-os-open-flags',
  title: '`FileSystemStorage.OS_OPEN_FLAGS` → `allow_overwrite=True`',
  category: 'removed-api',
  deprecatedIn: '5.1',
  removedIn: '6.0',
  docsUrl: deprecationNotes('5.1'),
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
    valid: [{ code: 'from django.core.files.storage import FileSystemStorage\n\nstorage = FileSystemStorage(allow_overwrite=True)\n' }],
    invalid: [{ code: 'import os\nfrom django.core.files.storage import FileSystemStorage\n\nclass Overwrite(FileSystemStorage):\n    OS_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC\n', findings: 1 }],
  },
});
