import { dedent, definePythonRule } from '../shapes';
import { MovedLibraryName, movedLibraryNames, storagesChangelog } from '../shapes/libraries';

const names: MovedLibraryName[] = [{ old: 'storages.backends.gs.GSBotoStorage' }, { old: 'storages.backends.gs.GSBotoStorageFile' }];

export default definePythonRule({
  id: 'storages-gs-boto',
  title: 'The boto Google Storage backend `storages.backends.gs` → `storages.backends.gcloud.GoogleCloudStorage`',
  category: 'storages',
  library: 'django-storages',
  deprecatedIn: '1.6',
  removedIn: '1.7',
  docsUrl: storagesChangelog,
  triggers: ['GSBotoStorage', 'GSBotoStorageFile'],
  docs: {
    what: 'Finds imports and uses of `storages.backends.gs.GSBotoStorage` (and `GSBotoStorageFile`), and the dotted paths that name them in settings (`DEFAULT_FILE_STORAGE`, `STATICFILES_STORAGE`).',
    why: "django-storages 1.6 deprecated the Google Storage backend built on boto's S3 interoperability in favour of `storages.backends.gcloud.GoogleCloudStorage` (the google-cloud-storage client), and 1.7 removed it: the settings name a class that no longer exists.",
    fixSafety: 'No fix: the gcloud backend reads other settings (`GS_BUCKET_NAME`, `GS_CREDENTIALS`, `GS_PROJECT_ID` instead of `GS_ACCESS_KEY_ID` / `GS_SECRET_ACCESS_KEY`) and needs the `google-cloud-storage` package.',
  },
  fix: 'none',
  truth: {
    removed: names.map((name) => name.old),
    deprecated: ["storages.backends.gs mentions 'warnings'", 'storages.backends.gcloud.GoogleCloudStorage'],
    replacements: ['storages.backends.gcloud.GoogleCloudStorage'],
  },
  check(context) {
    for (const { node, name } of movedLibraryNames(context, names)) {
      context.report({ node, subject: `\`${name.old}\``, advice: "use `storages.backends.gcloud.GoogleCloudStorage` with its `GS_*` settings" });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          DEFAULT_FILE_STORAGE = "storages.backends.gcloud.GoogleCloudStorage"
          GS_BUCKET_NAME = "media"
        `,
        filename: 'site/settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          DEFAULT_FILE_STORAGE = "storages.backends.gs.GSBotoStorage"
          GS_ACCESS_KEY_ID = "key"
        `,
        filename: 'site/settings.py',
        errors: [
          { line: 1, column: 24, message: '`storages.backends.gs.GSBotoStorage` is deprecated since django-storages 1.6 and removed in 1.7: use `storages.backends.gcloud.GoogleCloudStorage` with its `GS_*` settings' },
        ],
      },
      {
        code: dedent`
          from storages.backends.gs import GSBotoStorage


          class MediaStorage(GSBotoStorage):
              location = "media"
        `,
        errors: [
          { line: 1, column: 34, message: '`storages.backends.gs.GSBotoStorage` is deprecated since django-storages 1.6 and removed in 1.7: use `storages.backends.gcloud.GoogleCloudStorage` with its `GS_*` settings' },
          { line: 4, column: 20, message: '`storages.backends.gs.GSBotoStorage` is deprecated since django-storages 1.6 and removed in 1.7: use `storages.backends.gcloud.GoogleCloudStorage` with its `GS_*` settings' },
        ],
      },
    ],
  },
});
