import { callArguments } from '../../engine/python-queries';
import { dedent, movedCallRule } from '../shapes';
import { hasInterpolation } from '../shapes/removed-names';

export default movedCallRule({
  id: 'storage-get-storage-class',
  title: '`get_storage_class()` → `storages` / `import_string()`',
  category: 'removed-api',
  deprecatedIn: '4.2',
  removedIn: '5.1',
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
    if (!list || hasSplat || keywords.size || positional.length !== 1 || positional[0].type !== 'string' || hasInterpolation(positional[0])) return null;
    return [];
  },
  truth: {
    removed: ['django.core.files.storage.get_storage_class'],
    replacements: ['django.utils.module_loading.import_string'],
    note: '`storages`, which the message suggests, exists from 4.2; the fix writes only `import_string`, which every release has',
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.files.storage import storages

          media = storages["default"]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.files.storage import get_storage_class

          S3 = get_storage_class("storages.backends.s3.S3Storage")
        `,
        errors: [
          { line: 1, column: 39, message: '`get_storage_class()` is deprecated since Django 4.2 and removed in 5.1: use `storages["alias"]` from `django.core.files.storage` for a configured storage, or `import_string(path)` for a class' },
          { line: 3, column: 6, message: '`get_storage_class()` is deprecated since Django 4.2 and removed in 5.1: use `storages["alias"]` from `django.core.files.storage` for a configured storage, or `import_string(path)` for a class' },
        ],
        output: dedent`
          from django.utils.module_loading import import_string

          S3 = import_string("storages.backends.s3.S3Storage")
        `,
      },
      {
        code: dedent`
          from django.core.files.storage import get_storage_class

          storage = get_storage_class()()
        `,
        errors: [
          { line: 1, column: 39, message: '`get_storage_class()` is deprecated since Django 4.2 and removed in 5.1: use `storages["alias"]` from `django.core.files.storage` for a configured storage, or `import_string(path)` for a class' },
          { line: 3, column: 11, message: '`get_storage_class()` is deprecated since Django 4.2 and removed in 5.1: use `storages["alias"]` from `django.core.files.storage` for a configured storage, or `import_string(path)` for a class' },
        ],
      },
      {
        code: dedent`
          from django.core.files import storage


          class ThumbnailStorage(storage.get_storage_class("django.core.files.storage.FileSystemStorage")):
              base_url = "/thumbs/"
        `,
        errors: [
          { line: 4, column: 24, message: '`get_storage_class()` is deprecated since Django 4.2 and removed in 5.1: use `storages["alias"]` from `django.core.files.storage` for a configured storage, or `import_string(path)` for a class' },
        ],
        output: dedent`
          from django.utils.module_loading import import_string


          class ThumbnailStorage(import_string("django.core.files.storage.FileSystemStorage")):
              base_url = "/thumbs/"
        `,
      },
    ],
  },
});
