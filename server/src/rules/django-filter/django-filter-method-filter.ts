import { lastName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { djangoFilterMigration, MovedLibraryName, movedLibraryNames } from '../shapes/libraries';

const names: MovedLibraryName[] = [{ old: 'django_filters.filters.MethodFilter' }, { old: 'django_filters.MethodFilter' }];

export default definePythonRule({
  id: 'django-filter-method-filter',
  title: '`MethodFilter(action=…)` → a filter with `method=`',
  category: 'django-filter',
  library: 'django-filter',
  deprecatedIn: '0.15.0',
  removedIn: '1.0.0',
  docsUrl: djangoFilterMigration,
  triggers: ['MethodFilter'],
  docs: {
    what: "Finds imports and uses of django-filter's `MethodFilter`.",
    why: "django-filter 0.15 replaced `MethodFilter` by the `method` argument every filter takes, and 1.0 removed it: the FilterSet module no longer imports.",
    fixSafety: "No fix: the method's signature changed too, from `filter_x(self, queryset, value)` to `(self, queryset, name, value)`, and the filter class must be chosen for the value's type (`CharFilter(method='filter_x')`, `NumberFilter(…)`).",
  },
  fix: 'none',
  truth: {
    removed: ['django_filters.filters.MethodFilter'],
    deprecated: ["django_filters.filters.MethodFilter.__init__ mentions 'deprecate'", "django_filters.filters.Filter.__init__ mentions 'method'"],
    replacements: ["django_filters.filters.Filter.__init__ mentions 'method'"],
  },
  check(context) {
    for (const { node, name } of movedLibraryNames(context, names)) {
      context.report({ node, subject: `\`${lastName(name.old)}\``, advice: "use a typed filter with `method='…'` (`CharFilter(method='filter_x')`), whose method takes `(queryset, name, value)`" });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              published = django_filters.BooleanFilter(method="filter_published")

              def filter_published(self, queryset, name, value):
                  return queryset.filter(published_at__isnull=not value)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              published = django_filters.MethodFilter(action="filter_published")

              def filter_published(self, queryset, value):
                  return queryset.filter(published_at__isnull=not value)
        `,
        errors: [
          { line: 5, column: 17, message: '`MethodFilter` is deprecated since django-filter 0.15.0 and removed in 1.0.0: use a typed filter with `method=\'…\'` (`CharFilter(method=\'filter_x\')`), whose method takes `(queryset, name, value)`' },
        ],
      },
      {
        code: dedent`
          from django_filters.filters import MethodFilter

          search = MethodFilter()
        `,
        errors: [
          { line: 1, column: 36, message: '`MethodFilter` is deprecated since django-filter 0.15.0 and removed in 1.0.0: use a typed filter with `method=\'…\'` (`CharFilter(method=\'filter_x\')`), whose method takes `(queryset, name, value)`' },
          { line: 3, column: 10, message: '`MethodFilter` is deprecated since django-filter 0.15.0 and removed in 1.0.0: use a typed filter with `method=\'…\'` (`CharFilter(method=\'filter_x\')`), whose method takes `(queryset, name, value)`' },
        ],
      },
    ],
  },
});
