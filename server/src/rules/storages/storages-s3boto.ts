import { lastName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { MovedLibraryName, movedLibraryNames, storagesChangelog } from '../shapes/libraries';

const names: MovedLibraryName[] = [
  { old: 'storages.backends.s3boto.S3BotoStorage', replacement: 'storages.backends.s3boto3.S3Boto3Storage' },
  { old: 'storages.backends.s3boto.S3BotoStorageFile', replacement: 'storages.backends.s3boto3.S3Boto3StorageFile' },
];

export default definePythonRule({
  id: 'storages-s3boto',
  title: 'The boto backend `storages.backends.s3boto` → `storages.backends.s3boto3`',
  category: 'storages',
  library: 'django-storages',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  fixMinVersion: '1.7',
  docsUrl: storagesChangelog,
  triggers: ['s3boto', 'S3BotoStorage', 'S3BotoStorageFile'],
  docs: {
    what: 'Finds imports and uses of `storages.backends.s3boto` (`S3BotoStorage`, `S3BotoStorageFile`), and the dotted paths that name them in settings (`DEFAULT_FILE_STORAGE`, `STATICFILES_STORAGE`, `STORAGES`).',
    why: 'django-storages 1.7 deprecated the S3 backend built on the unmaintained `boto` library in favour of the `boto3` one, and 1.9 removed it: the settings name a class that no longer exists and every file access fails.',
    fixSafety:
      'Unsafe: rewrites the paths and imports to `storages.backends.s3boto3.S3Boto3Storage` (`S3Boto3StorageFile`), which needs `boto3` installed instead of `boto`; the common `AWS_*` settings carry over, but boto-only ones (`AWS_S3_HOST`, `AWS_S3_CALLING_FORMAT`, `AWS_S3_PROXY_HOST`) are not read by the boto3 backend, and a subclass overriding boto methods needs a rewrite.',
  },
  fix: 'unsafe',
  truth: {
    removed: names.map((name) => name.old),
    deprecated: ["storages.backends.s3boto mentions 'DeprecationWarning'"],
    replacements: names.map((name) => name.replacement!),
  },
  check(context) {
    for (const { node, name, edits } of movedLibraryNames(context, names)) {
      context.report({
        node,
        subject: `\`${name.old}\``,
        advice: `use \`${lastName(name.replacement!)}\` from \`storages.backends.s3boto3\` (boto3)`,
        fix: edits ? { title: `Use \`${lastName(name.replacement!)}\``, edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
          AWS_STORAGE_BUCKET_NAME = "media"
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DEFAULT_FILE_STORAGE = "storages.backends.s3boto.S3BotoStorage"
          STATICFILES_STORAGE = "storages.backends.s3boto.S3BotoStorage"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 24, message: '`storages.backends.s3boto.S3BotoStorage` is deprecated since django-storages 1.7 and removed in 1.9: use `S3Boto3Storage` from `storages.backends.s3boto3` (boto3)' },
          { line: 2, column: 23, message: '`storages.backends.s3boto.S3BotoStorage` is deprecated since django-storages 1.7 and removed in 1.9: use `S3Boto3Storage` from `storages.backends.s3boto3` (boto3)' },
        ],
        output: dedent`
          DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
          STATICFILES_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
        `,
      },
      {
        code: dedent`
          from storages.backends.s3boto import S3BotoStorage


          class MediaStorage(S3BotoStorage):
              location = "media"
        `,
        errors: [
          { line: 1, column: 38, message: '`storages.backends.s3boto.S3BotoStorage` is deprecated since django-storages 1.7 and removed in 1.9: use `S3Boto3Storage` from `storages.backends.s3boto3` (boto3)' },
          { line: 4, column: 20, message: '`storages.backends.s3boto.S3BotoStorage` is deprecated since django-storages 1.7 and removed in 1.9: use `S3Boto3Storage` from `storages.backends.s3boto3` (boto3)' },
        ],
        output: dedent`
          from storages.backends.s3boto3 import S3Boto3Storage


          class MediaStorage(S3Boto3Storage):
              location = "media"
        `,
      },
    ],
  },
});
