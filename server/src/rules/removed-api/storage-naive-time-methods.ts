import { receiverNamed } from '../../engine/python-queries';
import { dedent, RemovedMethod, removedMethodsRule } from '../shapes';

const storageInstances = new Set(['django.core.files.storage.default_storage', 'django.contrib.staticfiles.storage.staticfiles_storage']);
const namedStorage = receiverNamed('storage');

const methods: RemovedMethod[] = ['accessed', 'created', 'modified'].map((kind) => ({
  name: `${kind}_time`,
  rename: `get_${kind}_time`,
  subject: `\`Storage.${kind}_time()\``,
  advice: `use \`get_${kind}_time()\`, which returns an aware datetime when \`USE_TZ = True\``,
}));

export default removedMethodsRule({
  id: 'storage-naive-time-methods',
  title: '`Storage.accessed_time()`/`created_time()`/`modified_time()` → `get_*_time()`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what:
      'Finds `accessed_time()`, `created_time()` and `modified_time()` called on a file storage (`default_storage`, `staticfiles_storage`, `….storage`, ' +
      'a storage the file creates, `self` in a storage subclass) and overridden in storage subclasses.',
    why: 'They returned naive datetimes; Django 1.10 added `get_accessed_time()`, `get_created_time()` and `get_modified_time()`, which honour `USE_TZ`, and Django 2.0 removed the old methods.',
    fixSafety: 'Quick fix only: renames the method. With `USE_TZ = True` the result becomes an aware datetime, so comparisons with naive datetimes must change too. Needs Django 1.10+.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.10',
  checklist: ['storage-accessed-time', 'storage-created-time', 'storage-modified-time'],
  classes: [/^django\.[\w.]*\.\w*Storage$/],
  receiver: (context, receiver) => storageInstances.has(context.scopes.qualifiedNameOf(receiver) ?? '') || namedStorage(context, receiver),
  methods,
  truth: {
    removed: methods.map((m) => `django.core.files.storage.Storage.${m.name}`),
    replacements: methods.map((m) => `django.core.files.storage.Storage.${m.rename}`),
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.files.storage import default_storage

          when = default_storage.get_modified_time("a.txt")
        `,
      },
      {
        code: dedent`
          when = page.modified_time()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.files.storage import FileSystemStorage, default_storage

          class Uploads(FileSystemStorage):
              def modified_time(self, name):
                  return super().modified_time(name)

          when = default_storage.created_time("a.txt")
          age = doc.file.storage.accessed_time(doc.file.name)
        `,
        errors: [
          { line: 4, column: 9, message: '`Storage.modified_time()`, overridden here, is deprecated since Django 1.10 and removed in 2.0: use `get_modified_time()`, which returns an aware datetime when `USE_TZ = True`' },
          { line: 5, column: 16, message: '`Storage.modified_time()` is deprecated since Django 1.10 and removed in 2.0: use `get_modified_time()`, which returns an aware datetime when `USE_TZ = True`' },
          { line: 7, column: 8, message: '`Storage.created_time()` is deprecated since Django 1.10 and removed in 2.0: use `get_created_time()`, which returns an aware datetime when `USE_TZ = True`' },
          { line: 8, column: 7, message: '`Storage.accessed_time()` is deprecated since Django 1.10 and removed in 2.0: use `get_accessed_time()`, which returns an aware datetime when `USE_TZ = True`' },
        ],
        output: dedent`
          from django.core.files.storage import FileSystemStorage, default_storage

          class Uploads(FileSystemStorage):
              def get_modified_time(self, name):
                  return super().get_modified_time(name)

          when = default_storage.get_created_time("a.txt")
          age = doc.file.storage.get_accessed_time(doc.file.name)
        `,
      },
      {
        code: dedent`
          from django.core.files.storage import default_storage


          def is_stale(name, limit):
              return default_storage.modified_time(name) < limit
        `,
        errors: [
          { line: 5, column: 12, message: '`Storage.modified_time()` is deprecated since Django 1.10 and removed in 2.0: use `get_modified_time()`, which returns an aware datetime when `USE_TZ = True`' },
        ],
        output: dedent`
          from django.core.files.storage import default_storage


          def is_stale(name, limit):
              return default_storage.get_modified_time(name) < limit
        `,
      },
    ],
  },
});
