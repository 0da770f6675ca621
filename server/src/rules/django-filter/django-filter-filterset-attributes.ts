import { classAssignments, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { djangoFilterMigration, drfViews } from '../shapes/libraries';

const renames: Record<string, string> = { filter_class: 'filterset_class', filter_fields: 'filterset_fields' };

export default definePythonRule({
  id: 'django-filter-filterset-attributes',
  title: "DRF views' `filter_class` / `filter_fields` → `filterset_class` / `filterset_fields`",
  category: 'django-filter',
  library: 'django-filter',
  deprecatedIn: '2.0',
  removedIn: '22.1',
  fixMinVersion: '2.0',
  docsUrl: djangoFilterMigration,
  triggers: Object.keys(renames),
  docs: {
    what: "Finds `filter_class` and `filter_fields` set on DRF views and viewsets (classes derived from DRF's `APIView`), which django-filter's `DjangoFilterBackend` reads.",
    why: 'django-filter 2.0 renamed the attributes `filterset_class` and `filterset_fields` and warned; 22.1 reads only the new names, so the view silently stops filtering.',
    fixSafety: 'Safe: renames the attribute, which the backend reads the same way. Needs django-filter 2.0+. Not offered when the class sets the new name too.',
  },
  fix: 'safe',
  truth: {
    removed: ["django_filters.rest_framework.backends.DjangoFilterBackend.get_filterset_class mentions 'filter_class'", "django_filters.rest_framework.backends.DjangoFilterBackend.get_filterset_class mentions 'filter_fields'"],
    replacements: ["django_filters.rest_framework.backends.DjangoFilterBackend.get_filterset_class mentions 'filterset_class'", "django_filters.rest_framework.backends.DjangoFilterBackend.get_filterset_class mentions 'filterset_fields'"],
    deprecated: ['django_filters.rest_framework.backends.DjangoFilterBackend.get_filterset_class'],
  },
  check(context) {
    for (const classNode of subclassesOf(context, drfViews)) {
      for (const [old, replacement] of Object.entries(renames)) {
        for (const { left } of classAssignments(classNode, old)) {
          context.report({
            node: left,
            subject: `The view attribute \`${old}\``,
            advice: `rename it \`${replacement}\``,
            fix: classAssignments(classNode, replacement).length ? undefined : { title: `Rename to \`${replacement}\``, edits: [{ start: left.startIndex, end: left.endIndex, text: replacement }] },
          });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django_filters.rest_framework import DjangoFilterBackend
          from rest_framework import generics


          class Books(generics.ListAPIView):
              filter_backends = [DjangoFilterBackend]
              filterset_fields = ["author"]
        `,
      },
      {
        code: dedent`
          from django.views.generic import ListView


          class Books(ListView):
              filter_fields = ["author"]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework import generics


          class Books(generics.ListAPIView):
              filter_fields = ["author", "year"]
        `,
        errors: [
          { line: 5, column: 5, message: 'The view attribute `filter_fields` is deprecated since django-filter 2.0 and removed in 22.1: rename it `filterset_fields`' },
        ],
        output: dedent`
          from rest_framework import generics


          class Books(generics.ListAPIView):
              filterset_fields = ["author", "year"]
        `,
      },
      {
        code: dedent`
          from rest_framework.viewsets import ModelViewSet

          from .filters import BookFilter


          class Books(ModelViewSet):
              filter_class = BookFilter


          class Authors(Books):
              filter_class = None
              filter_fields = ["name"]
        `,
        errors: [
          { line: 7, column: 5, message: 'The view attribute `filter_class` is deprecated since django-filter 2.0 and removed in 22.1: rename it `filterset_class`' },
          { line: 11, column: 5, message: 'The view attribute `filter_class` is deprecated since django-filter 2.0 and removed in 22.1: rename it `filterset_class`' },
          { line: 12, column: 5, message: 'The view attribute `filter_fields` is deprecated since django-filter 2.0 and removed in 22.1: rename it `filterset_fields`' },
        ],
        output: dedent`
          from rest_framework.viewsets import ModelViewSet

          from .filters import BookFilter


          class Books(ModelViewSet):
              filterset_class = BookFilter


          class Authors(Books):
              filterset_class = None
              filterset_fields = ["name"]
        `,
      },
    ],
  },
});
