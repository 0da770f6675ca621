import { appendParameter } from '../../engine/python-edits';
import { dedent, methodOverrideRule } from '../shapes';

const storages = ['django.core.files.storage.Storage', 'django.core.files.storage.FileSystemStorage', 'django.contrib.staticfiles.storage.StaticFilesStorage', 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage'];

export default methodOverrideRule({
  id: 'storage-max-length',
  title: '`Storage.get_available_name()`/`save()` overrides need `max_length`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `get_available_name()` and `save()` overrides in subclasses of Django\'s storages that do not accept `max_length`.',
    why: 'Django 1.8 passes `max_length` to both; until 1.10 it checked the signature first, from 1.10 such an override raises `TypeError`.',
    fixSafety: 'Safe: adds a `max_length=None` parameter that the override ignores, as before. Honour it (keep the name within it) when you can.',
  },
  fix: 'safe',
  checklist: ['storage-max-length-arg'],
  truth: { replacements: ['django.core.files.storage.Storage.get_available_name'], note: 'the signature of overrides (user code) changed; the base methods gained `max_length` in 1.8' },
  bases: storages,
  method: ['get_available_name', 'save'],
  inspect(_context, fn, parameters, _classNode, name) {
    if (parameters.some((p) => p.name === 'max_length' || p.kind === 'kwargs')) return null;
    const edit = appendParameter(fn, parameters, 'max_length=None');
    return {
      node: fn.childForFieldName('name')!,
      subject: `\`${name}()\` without a \`max_length\` parameter`,
      advice: 'accept `max_length=None` (and keep the name within it)',
      title: 'Add `max_length=None`',
      edits: edit ? [edit] : null,
    };
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.core.files.storage import FileSystemStorage

          class S(FileSystemStorage):
              def get_available_name(self, name, max_length=None):
                  return name
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.files import storage

          class S(storage.FileSystemStorage):
              def get_available_name(self, name):
                  return name

              def save(self, name, content):
                  return name
        `,
        errors: [
          { line: 4, column: 9, message: '`get_available_name()` without a `max_length` parameter is deprecated since Django 1.8 and removed in 1.10: accept `max_length=None` (and keep the name within it)' },
          { line: 7, column: 9, message: '`save()` without a `max_length` parameter is deprecated since Django 1.8 and removed in 1.10: accept `max_length=None` (and keep the name within it)' },
        ],
        output: dedent`
          from django.core.files import storage

          class S(storage.FileSystemStorage):
              def get_available_name(self, name, max_length=None):
                  return name

              def save(self, name, content, max_length=None):
                  return name
        `,
      },
      {
        code: dedent`
          from django.contrib.staticfiles.storage import ManifestStaticFilesStorage


          class VersionedStorage(ManifestStaticFilesStorage):
              def get_available_name(self, name):
                  if self.exists(name):
                      self.delete(name)
                  return name
        `,
        errors: [
          { line: 5, column: 9, message: '`get_available_name()` without a `max_length` parameter is deprecated since Django 1.8 and removed in 1.10: accept `max_length=None` (and keep the name within it)' },
        ],
        output: dedent`
          from django.contrib.staticfiles.storage import ManifestStaticFilesStorage


          class VersionedStorage(ManifestStaticFilesStorage):
              def get_available_name(self, name, max_length=None):
                  if self.exists(name):
                      self.delete(name)
                  return name
        `,
      },
    ],
  },
});
