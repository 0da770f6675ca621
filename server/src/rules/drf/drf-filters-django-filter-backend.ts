import { dedent, definePythonRule } from '../shapes';
import { lastName } from '../../engine/python-queries';
import { drfReleaseNotes, MovedLibraryName, movedLibraryNames } from '../shapes/libraries';

const names: MovedLibraryName[] = [
  { old: 'rest_framework.filters.DjangoFilterBackend', replacement: 'django_filters.rest_framework.DjangoFilterBackend' },
  { old: 'rest_framework.filters.FilterSet', replacement: 'django_filters.rest_framework.FilterSet' },
];

export default definePythonRule({
  id: 'drf-filters-django-filter-backend',
  title: '`rest_framework.filters.DjangoFilterBackend` → `django_filters.rest_framework`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.5',
  removedIn: '3.7',
  fixMinVersion: '3.5',
  docsUrl: drfReleaseNotes('3.5'),
  triggers: ['DjangoFilterBackend', 'FilterSet'],
  docs: {
    what: "Finds imports and uses of `rest_framework.filters.DjangoFilterBackend` and `FilterSet`, and the dotted path in settings (`DEFAULT_FILTER_BACKENDS`).",
    why: 'DRF 3.5 moved the django-filter integration into django-filter itself (`django_filters.rest_framework`) and warned; 3.7 removed the old names.',
    fixSafety:
      "Safe: imports the same classes from `django_filters.rest_framework` and rewrites the settings strings. DRF's backend needed django-filter installed to work at all, and django-filter has had `django_filters.rest_framework` since 1.0. django-filter 2.0 reads `filterset_class`/`filterset_fields` (see the django-filter rules).",
  },
  fix: 'safe',
  truth: {
    removed: names.map((name) => name.old),
    replacements: names.map((name) => name.replacement!),
    deprecated: ["rest_framework.filters.DjangoFilterBackend mentions 'PendingDeprecationWarning'"],
  },
  check(context) {
    for (const { node, name, edits } of movedLibraryNames(context, names)) {
      context.report({
        node,
        subject: `\`${name.old}\``,
        advice: `use \`${name.replacement}\` (django-filter)`,
        fix: edits ? { title: `Use \`django_filters.rest_framework.${lastName(name.old)}\``, edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django_filters.rest_framework import DjangoFilterBackend

          backends = [DjangoFilterBackend]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.filters import DjangoFilterBackend

          backends = [DjangoFilterBackend]
        `,
        errors: [
          { line: 1, column: 36, message: '`rest_framework.filters.DjangoFilterBackend` is deprecated since Django REST Framework 3.5 and removed in 3.7: use `django_filters.rest_framework.DjangoFilterBackend` (django-filter)' },
          { line: 3, column: 13, message: '`rest_framework.filters.DjangoFilterBackend` is deprecated since Django REST Framework 3.5 and removed in 3.7: use `django_filters.rest_framework.DjangoFilterBackend` (django-filter)' },
        ],
        output: dedent`
          from django_filters.rest_framework import DjangoFilterBackend

          backends = [DjangoFilterBackend]
        `,
      },
      {
        code: dedent`
          REST_FRAMEWORK = {
              "DEFAULT_FILTER_BACKENDS": ("rest_framework.filters.DjangoFilterBackend",),
          }
        `,
        filename: 'settings.py',
        errors: [
          { line: 2, column: 33, message: '`rest_framework.filters.DjangoFilterBackend` is deprecated since Django REST Framework 3.5 and removed in 3.7: use `django_filters.rest_framework.DjangoFilterBackend` (django-filter)' },
        ],
        output: dedent`
          REST_FRAMEWORK = {
              "DEFAULT_FILTER_BACKENDS": ("django_filters.rest_framework.DjangoFilterBackend",),
          }
        `,
      },
      {
        code: dedent`
          from rest_framework import filters, generics


          class Books(generics.ListAPIView):
              filter_backends = [filters.DjangoFilterBackend, filters.SearchFilter]
        `,
        errors: [
          { line: 5, column: 24, message: '`rest_framework.filters.DjangoFilterBackend` is deprecated since Django REST Framework 3.5 and removed in 3.7: use `django_filters.rest_framework.DjangoFilterBackend` (django-filter)' },
        ],
        output: dedent`
          from rest_framework import filters, generics
          from django_filters.rest_framework import DjangoFilterBackend


          class Books(generics.ListAPIView):
              filter_backends = [DjangoFilterBackend, filters.SearchFilter]
        `,
      },
    ],
  },
});
