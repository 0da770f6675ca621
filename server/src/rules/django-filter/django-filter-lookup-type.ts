import { dedent, definePythonRule } from '../shapes';
import { djangoFilterMigration, filterKeywordArguments } from '../shapes/libraries';

export default definePythonRule({
  id: 'django-filter-lookup-type',
  title: "Filters' `lookup_type=` → `lookup_expr=`",
  category: 'django-filter',
  library: 'django-filter',
  deprecatedIn: '0.13.0',
  removedIn: '1.0.0',
  fixMinVersion: '0.13.0',
  docsUrl: djangoFilterMigration,
  triggers: ['lookup_type'],
  docs: {
    what: "Finds `lookup_type=` passed to django-filter's filters (`CharFilter(lookup_type='icontains')`), resolved through the imports.",
    why: 'django-filter 0.13 renamed the argument `lookup_expr` and warned; 1.0 no longer accepts `lookup_type`, which then goes on to the form field and fails.',
    fixSafety: 'Safe: renames the keyword, which takes the same values (a lookup, or a list of them). Needs django-filter 0.13+. Not offered when the call passes `lookup_expr` too.',
  },
  fix: 'safe',
  truth: {
    removed: ["django_filters.filters.Filter.__init__ mentions 'lookup_type'"],
    deprecated: ["django_filters.filters mentions '_lookup_type_warning'"],
    replacements: ["django_filters.filters.Filter.__init__ mentions 'lookup_expr'"],
  },
  check(context) {
    for (const { name, keywords } of filterKeywordArguments(context, 'lookup_type')) {
      context.report({
        node: name,
        subject: "A django-filter filter's `lookup_type=`",
        advice: 'use `lookup_expr=`',
        fix: keywords.has('lookup_expr') ? undefined : { title: 'Rename `lookup_type=` to `lookup_expr=`', edits: [{ start: name.startIndex, end: name.endIndex, text: 'lookup_expr' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              title = django_filters.CharFilter(name="title", lookup_expr="icontains")
        `,
      },
      {
        code: dedent`
          from django.db.models import Lookup

          lookup = Lookup.get_lookup(lookup_type="exact")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              title = django_filters.CharFilter(name="title", lookup_type="icontains")
              price = django_filters.NumberFilter(name="price", lookup_type=["gt", "lt"])
        `,
        errors: [
          { line: 5, column: 53, message: 'A django-filter filter\'s `lookup_type=` is deprecated since django-filter 0.13.0 and removed in 1.0.0: use `lookup_expr=`' },
          { line: 6, column: 55, message: 'A django-filter filter\'s `lookup_type=` is deprecated since django-filter 0.13.0 and removed in 1.0.0: use `lookup_expr=`' },
        ],
        output: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              title = django_filters.CharFilter(name="title", lookup_expr="icontains")
              price = django_filters.NumberFilter(name="price", lookup_expr=["gt", "lt"])
        `,
      },
      {
        code: dedent`
          from django_filters import DateFilter, FilterSet


          class EventFilter(FilterSet):
              after = DateFilter(name="start", lookup_type="gte")
        `,
        errors: [
          { line: 5, column: 38, message: 'A django-filter filter\'s `lookup_type=` is deprecated since django-filter 0.13.0 and removed in 1.0.0: use `lookup_expr=`' },
        ],
        output: dedent`
          from django_filters import DateFilter, FilterSet


          class EventFilter(FilterSet):
              after = DateFilter(name="start", lookup_expr="gte")
        `,
      },
    ],
  },
});
