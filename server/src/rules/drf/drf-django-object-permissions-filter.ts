import { dedent, definePythonRule } from '../shapes';
import { drfReleaseNotes, movedLibraryNames } from '../shapes/libraries';

export default definePythonRule({
  id: 'drf-django-object-permissions-filter',
  title: '`DjangoObjectPermissionsFilter` moved to djangorestframework-guardian',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.9',
  removedIn: '3.10',
  docsUrl: drfReleaseNotes('3.9'),
  triggers: ['DjangoObjectPermissionsFilter'],
  docs: {
    what: 'Finds imports and uses of `rest_framework.filters.DjangoObjectPermissionsFilter`, and its dotted path in settings.',
    why: 'DRF 3.9 moved the django-guardian integration to the third-party djangorestframework-guardian package and warned; 3.10 removed it from DRF.',
    fixSafety: 'No fix: the replacement, `rest_framework_guardian.filters.ObjectPermissionsFilter`, is another distribution to install.',
  },
  fix: 'none',
  truth: {
    removed: ['rest_framework.filters.DjangoObjectPermissionsFilter'],
    deprecated: ["rest_framework.filters.DjangoObjectPermissionsFilter mentions 'warnings'"],
  },
  check(context) {
    for (const { node } of movedLibraryNames(context, [{ old: 'rest_framework.filters.DjangoObjectPermissionsFilter' }])) {
      context.report({ node, subject: '`DjangoObjectPermissionsFilter`', advice: 'install djangorestframework-guardian and use `rest_framework_guardian.filters.ObjectPermissionsFilter`' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework.filters import SearchFilter

          backends = [SearchFilter]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.filters import DjangoObjectPermissionsFilter

          backends = [DjangoObjectPermissionsFilter]
        `,
        errors: [
          { line: 1, column: 36, message: '`DjangoObjectPermissionsFilter` is deprecated since Django REST Framework 3.9 and removed in 3.10: install djangorestframework-guardian and use `rest_framework_guardian.filters.ObjectPermissionsFilter`' },
          { line: 3, column: 13, message: '`DjangoObjectPermissionsFilter` is deprecated since Django REST Framework 3.9 and removed in 3.10: install djangorestframework-guardian and use `rest_framework_guardian.filters.ObjectPermissionsFilter`' },
        ],
      },
      {
        code: dedent`
          REST_FRAMEWORK = {"DEFAULT_FILTER_BACKENDS": ["rest_framework.filters.DjangoObjectPermissionsFilter"]}
        `,
        filename: 'settings.py',
        errors: [
          { line: 1, column: 47, message: '`DjangoObjectPermissionsFilter` is deprecated since Django REST Framework 3.9 and removed in 3.10: install djangorestframework-guardian and use `rest_framework_guardian.filters.ObjectPermissionsFilter`' },
        ],
      },
    ],
  },
});
