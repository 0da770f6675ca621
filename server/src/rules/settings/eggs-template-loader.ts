import { dedent } from '../shapes';
import { djangoPathRule } from '../shapes/django-paths';

export default djangoPathRule({
  id: 'eggs-template-loader',
  title: 'Remove the eggs template loader',
  category: 'settings',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds `django.template.loaders.eggs.Loader` in template loader lists, and imports of it.',
    why: 'Django 2.0 removed the loader (Python eggs are obsolete); a settings module that lists it fails when templates load.',
    fixSafety: 'Removes the loader from its list. Review: templates that really lived inside an installed egg are no longer found, so the fix is not part of fix-all.',
  },
  fix: 'unsafe',
  checklist: ['eggs-loader'],
  names: [{
    old: 'django.template.loaders.eggs.Loader',
    subject: 'The eggs template loader',
    advice: 'remove it (install the package normally so the app directories loader finds its templates)',
    removeFromList: true,
  }],
  examples: {
    valid: [
      {
        code: dedent`
          TEMPLATE_LOADERS = ["django.template.loaders.filesystem.Loader"]
        `,
        filename: 'settings.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          TEMPLATE_LOADERS = (
              'django.template.loaders.filesystem.Loader',
              'django.template.loaders.app_directories.Loader',
              'django.template.loaders.eggs.Loader',
          )
        `,
        filename: 'example.py',
        errors: [
          { line: 4, column: 5, message: 'The eggs template loader is deprecated since Django 1.9 and removed in 2.0: remove it (install the package normally so the app directories loader finds its templates)' },
        ],
        output: dedent`
          TEMPLATE_LOADERS = (
              'django.template.loaders.filesystem.Loader',
              'django.template.loaders.app_directories.Loader',
          )
        `,
      },
      {
        code: dedent`
          TEMPLATES = [
              {
                  "BACKEND": "django.template.backends.django.DjangoTemplates",
                  "DIRS": [],
                  "OPTIONS": {
                      "loaders": [
                          "django.template.loaders.filesystem.Loader",
                          "django.template.loaders.app_directories.Loader",
                          "django.template.loaders.eggs.Loader",
                      ],
                  },
              },
          ]
        `,
        filename: 'mysite/settings.py',
        errors: [
          { line: 9, column: 17, message: 'The eggs template loader is deprecated since Django 1.9 and removed in 2.0: remove it (install the package normally so the app directories loader finds its templates)' },
        ],
        output: dedent`
          TEMPLATES = [
              {
                  "BACKEND": "django.template.backends.django.DjangoTemplates",
                  "DIRS": [],
                  "OPTIONS": {
                      "loaders": [
                          "django.template.loaders.filesystem.Loader",
                          "django.template.loaders.app_directories.Loader",
                      ],
                  },
              },
          ]
        `,
      },
    ],
  },
});
