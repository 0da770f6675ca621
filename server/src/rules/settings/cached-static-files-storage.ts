import { dedent } from '../shapes';
import { djangoPathRule } from '../shapes/django-paths';

export default djangoPathRule({
  id: 'cached-static-files-storage',
  title: '`CachedStaticFilesStorage` → `ManifestStaticFilesStorage`',
  category: 'settings',
  deprecatedIn: '2.2',
  removedIn: '3.1',
  docs: {
    what: 'Finds `django.contrib.staticfiles.storage.CachedStaticFilesStorage` as a settings path and in imports and subclasses.',
    why: 'Django 2.2 deprecated it (its cache could get out of sync with the files); Django 3.1 removed it.',
    fixSafety: 'Switches to `ManifestStaticFilesStorage`. Review: it reads the manifest that `collectstatic` writes and, with `DEBUG = False`, fails on files missing from it, so the fix is not part of fix-all.',
  },
  fix: 'unsafe',
  checklist: ['cached-static-files-storage'],
  names: [{
    old: 'django.contrib.staticfiles.storage.CachedStaticFilesStorage',
    replacement: 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage',
  }],
  examples: {
    valid: [
      {
        code: dedent`
          STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          STATICFILES_STORAGE = "django.contrib.staticfiles.storage.CachedStaticFilesStorage"
        `,
        filename: 'example.py',
        errors: [
          { line: 1, column: 23, message: '`django.contrib.staticfiles.storage.CachedStaticFilesStorage` is deprecated since Django 2.2 and removed in 3.1: use `django.contrib.staticfiles.storage.ManifestStaticFilesStorage`' },
        ],
        output: dedent`
          STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
        `,
      },
      {
        code: dedent`
          from django.contrib.staticfiles.storage import CachedStaticFilesStorage

          class Storage(CachedStaticFilesStorage):
              pass
        `,
        errors: [
          { line: 1, column: 48, message: '`django.contrib.staticfiles.storage.CachedStaticFilesStorage` is deprecated since Django 2.2 and removed in 3.1: use `django.contrib.staticfiles.storage.ManifestStaticFilesStorage`' },
          { line: 3, column: 15, message: '`django.contrib.staticfiles.storage.CachedStaticFilesStorage` is deprecated since Django 2.2 and removed in 3.1: use `django.contrib.staticfiles.storage.ManifestStaticFilesStorage`' },
        ],
        output: dedent`
          from django.contrib.staticfiles.storage import ManifestStaticFilesStorage

          class Storage(ManifestStaticFilesStorage):
              pass
        `,
      },
    ],
  },
});
