import { deprecationNotes } from '../../docs-links';
import { callArguments } from '../../../engine/python-queries';
import { movedCallRule } from '../../shapes';

export default movedCallRule({
  id: 'storage-get-storage-class',
  title: '`get_storage_class()` → `storages` / `import_string()`',
  category: 'removed-api',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docsUrl: deprecationNotes('4.2'),
  docs: {
    what: 'Finds `django.core.files.storage.get_storage_class`.',
    why: 'Django 4.2 configures storages in the `STORAGES` setting and exposes them as `django.core.files.storage.storages`; `get_storage_class()` was deprecated and Django 5.1 removed it.',
    fixSafety:
      'Safe where every use is a call with one string literal: `get_storage_class("a.B")` was `import_string("a.B")`. A call without a path (the default ' +
      'storage\'s class) gets no fix: use `storages["default"]` for the instance.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['get-storage-class'],
  names: [
    {
      old: 'django.core.files.storage.get_storage_class',
      replacement: 'django.utils.module_loading.import_string',
      subject: '`get_storage_class()`',
      advice: 'use `storages["alias"]` from `django.core.files.storage` for a configured storage, or `import_string(path)` for a class',
    },
  ],
  fixTitle: 'Use `import_string()`',
  rewriteArguments(_context, call) {
    const { list, positional, keywords, hasSplat } = callArguments(call);
    if (!list || hasSplat || keywords.size || positional.length !== 1 || positional[0].type !== 'string' || positional[0].descendantsOfType('interpolation').length) return null;
    return [];
  },
  truth: {
    removed: ['django.core.files.storage.get_storage_class'],
    replacements: ['django.utils.module_loading.import_string'],
    note: '`storages`, which the message suggests, exists from 4.2; the fix writes only `import_string`, which every release has',
  },
  examples: {
    valid: [{ code: 'from django.core.files.storage import storages\n\nmedia = storages["default"]\n' }],
    invalid: [
      {
        code: 'from django.core.files.storage import get_storage_class\n\nS3 = get_storage_class("storages.backends.s3.S3Storage")\n',
        findings: 2,
        output: 'from django.utils.module_loading import import_string\n\nS3 = import_string("storages.backends.s3.S3Storage")\n',
      },
      { code: 'from django.core.files.storage import get_storage_class\n\nstorage = get_storage_class()()\n', findings: 2 },
    ],
  },
});
