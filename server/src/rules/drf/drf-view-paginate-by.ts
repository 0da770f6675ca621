import { dedent, definePythonRule } from '../shapes';
import { classAssignments, subclassesOf } from '../../engine/python-queries';
import { drfGenericViews, drfReleaseNotes } from '../shapes/libraries';

const attributes: Record<string, string> = { paginate_by: 'page_size', paginate_by_param: 'page_size_query_param', max_paginate_by: 'max_page_size' };

export default definePythonRule({
  id: 'drf-view-paginate-by',
  title: "Views' `paginate_by` → a pagination class's `page_size`",
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.1',
  removedIn: '3.3',
  docsUrl: drfReleaseNotes('3.1'),
  triggers: Object.keys(attributes),
  docs: {
    what: 'Finds `paginate_by`, `paginate_by_param` and `max_paginate_by` set on classes derived from DRF\'s generic views and viewsets.',
    why: 'DRF 3.1 moved pagination to pagination classes and warned when a view set these; 3.3 ignores them, so the view silently paginates with the defaults (or not at all).',
    fixSafety: 'No fix: the settings move to a `PageNumberPagination` subclass (`page_size`, `page_size_query_param`, `max_page_size`) set as the view\'s `pagination_class`.',
  },
  fix: 'none',
  truth: {
    removed: ["rest_framework.pagination.PageNumberPagination mentions 'paginate_by'"],
    replacements: ['rest_framework.pagination.PageNumberPagination.page_size', 'rest_framework.pagination.PageNumberPagination.max_page_size', 'rest_framework.generics.GenericAPIView.pagination_class'],
    deprecated: ["rest_framework.pagination.PageNumberPagination mentions 'paginate_by'"],
  },
  check(context) {
    if (!/paginate_by/.test(context.text)) return;
    for (const classNode of subclassesOf(context, drfGenericViews)) {
      for (const [name, replacement] of Object.entries(attributes)) {
        for (const { left } of classAssignments(classNode, name)) {
          context.report({ node: left, subject: `The view attribute \`${name}\``, advice: `set \`${replacement}\` on a \`PageNumberPagination\` subclass and use it as the view's \`pagination_class\`` });
        }
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework import generics, pagination


          class Pages(pagination.PageNumberPagination):
              page_size = 20


          class Books(generics.ListAPIView):
              pagination_class = Pages
        `,
      },
      {
        code: dedent`
          from django.views.generic import ListView


          class Books(ListView):
              paginate_by = 20
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework import generics


          class Books(generics.ListAPIView):
              paginate_by = 20
        `,
        errors: [
          { line: 5, column: 5, message: 'The view attribute `paginate_by` is deprecated since Django REST Framework 3.1 and removed in 3.3: set `page_size` on a `PageNumberPagination` subclass and use it as the view\'s `pagination_class`' },
        ],
      },
      {
        code: dedent`
          from rest_framework.viewsets import ModelViewSet


          class Books(ModelViewSet):
              paginate_by = 20
              paginate_by_param = "page_size"
              max_paginate_by = 100
        `,
        errors: [
          { line: 5, column: 5, message: 'The view attribute `paginate_by` is deprecated since Django REST Framework 3.1 and removed in 3.3: set `page_size` on a `PageNumberPagination` subclass and use it as the view\'s `pagination_class`' },
          { line: 6, column: 5, message: 'The view attribute `paginate_by_param` is deprecated since Django REST Framework 3.1 and removed in 3.3: set `page_size_query_param` on a `PageNumberPagination` subclass and use it as the view\'s `pagination_class`' },
          { line: 7, column: 5, message: 'The view attribute `max_paginate_by` is deprecated since Django REST Framework 3.1 and removed in 3.3: set `max_page_size` on a `PageNumberPagination` subclass and use it as the view\'s `pagination_class`' },
        ],
      },
    ],
  },
});
