import { settingAssignments } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { storagesChangelog } from '../shapes/libraries';

/** The settings 1.9 deprecated and 1.10 stopped reading, and what replaces each. */
const settings: Record<string, string> = {
  AWS_AUTO_CREATE_BUCKET: 'create the bucket before deploying (the backend no longer does)',
  AWS_BUCKET_ACL: 'set the ACL on the bucket itself (the backend no longer creates buckets)',
  AWS_PRELOAD_METADATA: 'delete it: the backend no longer preloads metadata',
  AWS_REDUCED_REDUNDANCY: 'put `"StorageClass": "REDUCED_REDUNDANCY"` in `AWS_S3_OBJECT_PARAMETERS`',
  AWS_S3_ENCRYPTION: 'put `"ServerSideEncryption": "AES256"` in `AWS_S3_OBJECT_PARAMETERS`',
  GS_AUTO_CREATE_BUCKET: 'create the bucket before deploying (the backend no longer does)',
  GS_AUTO_CREATE_ACL: 'set the ACL on the bucket itself (the backend no longer creates buckets)',
};

export default definePythonRule({
  id: 'storages-s3-removed-settings',
  title: 'S3 and Google Cloud settings of automatic bucket creation, reduced redundancy and encryption were removed',
  category: 'storages',
  library: 'django-storages',
  deprecatedIn: '1.9',
  removedIn: '1.10',
  onlyIn: ['settings'],
  docsUrl: storagesChangelog,
  triggers: Object.keys(settings),
  docs: {
    what: `Finds the settings ${Object.keys(settings).map((name) => `\`${name}\``).join(', ')} in settings modules.`,
    why: 'django-storages 1.9 deprecated automatic bucket creation, metadata preloading and the `AWS_REDUCED_REDUNDANCY` / `AWS_S3_ENCRYPTION` shortcuts, and 1.10 removed them: the settings are silently ignored, so files are no longer encrypted or stored with reduced redundancy, and a missing bucket is no longer created.',
    fixSafety: 'No fix: encryption and storage class move into `AWS_S3_OBJECT_PARAMETERS`, and bucket creation moves out of the application.',
  },
  fix: 'none',
  truth: {
    removed: Object.keys(settings).map((name) => `storages.backends.${name.startsWith('GS_') ? 'gcloud' : 's3boto3'} mentions '${name}'`),
    deprecated: ["storages.backends.s3boto3.S3Boto3Storage.__init__ mentions 'reduced_redundancy'", "storages.backends.s3boto3.S3Boto3Storage.__init__ mentions 'auto_create_bucket'"],
    replacements: ["storages.backends.s3boto3.S3Boto3Storage mentions 'AWS_S3_OBJECT_PARAMETERS'"],
  },
  check(context) {
    for (const [name, advice] of Object.entries(settings)) {
      for (const { left } of settingAssignments(context, name)) context.report({ node: left, subject: `The django-storages setting \`${name}\``, advice });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          AWS_STORAGE_BUCKET_NAME = "media"
          AWS_S3_OBJECT_PARAMETERS = {"ServerSideEncryption": "AES256", "StorageClass": "REDUCED_REDUNDANCY"}
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          AWS_STORAGE_BUCKET_NAME = "media"
          AWS_AUTO_CREATE_BUCKET = True
          AWS_S3_ENCRYPTION = True
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 2, column: 1, message: 'The django-storages setting `AWS_AUTO_CREATE_BUCKET` is deprecated since django-storages 1.9 and removed in 1.10: create the bucket before deploying (the backend no longer does)' },
          { line: 3, column: 1, message: 'The django-storages setting `AWS_S3_ENCRYPTION` is deprecated since django-storages 1.9 and removed in 1.10: put `"ServerSideEncryption": "AES256"` in `AWS_S3_OBJECT_PARAMETERS`' },
        ],
      },
      {
        code: dedent`
          AWS_REDUCED_REDUNDANCY = True
          GS_AUTO_CREATE_BUCKET = True
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 1, message: 'The django-storages setting `AWS_REDUCED_REDUNDANCY` is deprecated since django-storages 1.9 and removed in 1.10: put `"StorageClass": "REDUCED_REDUNDANCY"` in `AWS_S3_OBJECT_PARAMETERS`' },
          { line: 2, column: 1, message: 'The django-storages setting `GS_AUTO_CREATE_BUCKET` is deprecated since django-storages 1.9 and removed in 1.10: create the bucket before deploying (the backend no longer does)' },
        ],
      },
    ],
  },
});
