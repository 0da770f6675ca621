import { classAssignments, metaClassOf, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { djangoFilterMigration } from '../shapes/libraries';

const filterSets = [/^django_filters(\.rest_framework)?(\.filterset)?\.FilterSet$/];

export default definePythonRule({
  id: 'django-filter-meta-order-by',
  title: "A FilterSet's `Meta.order_by` / `order_by_field` → `OrderingFilter`",
  category: 'django-filter',
  library: 'django-filter',
  deprecatedIn: '0.15.0',
  removedIn: '1.0.0',
  docsUrl: djangoFilterMigration,
  triggers: ['order_by', 'order_by_field'],
  // Found only in subclasses of a FilterSet resolved through an import of django_filters.
  requires: ['django_filters', 'FilterSet'],
  docs: {
    what: "Finds `order_by` and `order_by_field` in the `Meta` (or the body) of django-filter FilterSets.",
    why: 'django-filter 0.15 replaced the FilterSet ordering options by the `OrderingFilter` filter and warned; 1.0 ignores them, so the `o=` ordering parameter silently stops sorting.',
    fixSafety: "No fix: declare `o = django_filters.OrderingFilter(fields=(…))` with the fields `order_by` listed (`order_by = True` allowed every field of `Meta.fields`).",
  },
  fix: 'none',
  truth: {
    removed: ["django_filters.filterset.FilterSetOptions.__init__ mentions 'order_by'"],
    deprecated: ['django_filters.filters.OrderingFilter'],
    replacements: ['django_filters.filters.OrderingFilter'],
  },
  check(context) {
    for (const classNode of subclassesOf(context, filterSets)) {
      const meta = metaClassOf(classNode);
      for (const owner of meta ? [meta, classNode] : [classNode]) {
        for (const name of ['order_by', 'order_by_field']) {
          for (const { left } of classAssignments(owner, name)) {
            context.report({ node: left, subject: `The FilterSet option \`${name}\``, advice: 'declare an `OrderingFilter` (`o = django_filters.OrderingFilter(fields=(…))`)' });
          }
        }
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              o = django_filters.OrderingFilter(fields=("title", "published"))

              class Meta:
                  model = Book
                  fields = ["title"]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              class Meta:
                  model = Book
                  fields = ["title", "published"]
                  order_by = ["title", "-published"]
        `,
        errors: [
          { line: 8, column: 9, message: 'The FilterSet option `order_by` is deprecated since django-filter 0.15.0 and removed in 1.0.0: declare an `OrderingFilter` (`o = django_filters.OrderingFilter(fields=(…))`)' },
        ],
      },
      {
        code: dedent`
          from django_filters import FilterSet


          class AuthorFilter(FilterSet):
              order_by_field = "sort"

              class Meta:
                  model = Author
                  order_by = True
        `,
        errors: [
          { line: 5, column: 5, message: 'The FilterSet option `order_by_field` is deprecated since django-filter 0.15.0 and removed in 1.0.0: declare an `OrderingFilter` (`o = django_filters.OrderingFilter(fields=(…))`)' },
          { line: 9, column: 9, message: 'The FilterSet option `order_by` is deprecated since django-filter 0.15.0 and removed in 1.0.0: declare an `OrderingFilter` (`o = django_filters.OrderingFilter(fields=(…))`)' },
        ],
      },
    ],
  },
});
