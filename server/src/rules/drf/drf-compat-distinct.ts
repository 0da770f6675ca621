import { dedent } from '../shapes';
import { CompatName, drfCompatRule, drfReleaseNotes } from '../shapes/libraries';

const compat: Record<string, CompatName> = {
  distinct: { advice: 'call `queryset.distinct()` (DRF dropped its Oracle workaround)' },
};

export default drfCompatRule({
  id: 'drf-compat-distinct',
  title: '`rest_framework.compat.distinct()` was removed',
  deprecatedIn: '3.15',
  removedIn: '3.15',
  names: compat,
  docsUrl: drfReleaseNotes('3.15'),
  docs: {
    why: "`rest_framework.compat.distinct(queryset, base)` was the search filter's workaround for Oracle, where `DISTINCT` fails on text columns: it filtered `base` by the primary keys instead. DRF 3.15 rewrote the search filter without it and removed the helper from its private compatibility module; the importing module fails.",
    fixSafety: 'No fix: `distinct(queryset, base)` becomes `queryset.distinct()`, or on Oracle the primary-key filter it did, written at the call.',
  },
  examples: {
    valid: [
      {
        code: dedent`
          def unique(queryset):
              return queryset.distinct()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework import filters
          from rest_framework.compat import distinct


          class TagSearchFilter(filters.SearchFilter):
              def filter_queryset(self, request, queryset, view):
                  return distinct(super().filter_queryset(request, queryset, view), queryset)
        `,
        errors: [
          { line: 2, column: 35, message: '`rest_framework.compat.distinct` was removed in Django REST Framework 3.15 without a deprecation period: call `queryset.distinct()` (DRF dropped its Oracle workaround)' },
          { line: 7, column: 16, message: '`rest_framework.compat.distinct` was removed in Django REST Framework 3.15 without a deprecation period: call `queryset.distinct()` (DRF dropped its Oracle workaround)' },
        ],
      },
    ],
  },
});
