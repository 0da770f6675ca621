import { dedent, definePythonRule } from '../shapes';
import { djangoFilterMigration, filterKeywordArguments } from '../shapes/libraries';

export default definePythonRule({
  id: 'django-filter-filter-name',
  title: "Filters' `name=` → `field_name=`",
  category: 'django-filter',
  library: 'django-filter',
  deprecatedIn: '1.1',
  removedIn: '2.0',
  fixMinVersion: '1.1',
  docsUrl: djangoFilterMigration,
  triggers: ['name'],
  // A filter class resolves to `django_filters…` (filterKeywordArguments): its import spells it.
  requires: ['django_filters'],
  docs: {
    what: "Finds `name=` passed to django-filter's filters (`CharFilter(name='title')`), resolved through the imports.",
    why: 'django-filter 1.1 renamed the argument `field_name` (the model field the filter reads) and warned; 2.0 no longer accepts `name`, which then goes on to the form field and fails.',
    fixSafety: 'Safe: renames the keyword, which means the same. Needs django-filter 1.1+. Not offered when the call passes `field_name` too.',
  },
  fix: 'safe',
  truth: {
    removed: ["django_filters.filters.Filter.__init__ mentions 'deprecate'"],
    replacements: ["django_filters.filters.Filter.__init__ mentions 'field_name'"],
    deprecated: ["django_filters.filters.Filter.__init__ mentions 'field_name'"],
  },
  check(context) {
    for (const { name, keywords } of filterKeywordArguments(context, 'name')) {
      context.report({
        node: name,
        subject: "A django-filter filter's `name=`",
        advice: 'use `field_name=`',
        fix: keywords.has('field_name') ? undefined : { title: 'Rename `name=` to `field_name=`', edits: [{ start: name.startIndex, end: name.endIndex, text: 'field_name' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              title = django_filters.CharFilter(field_name="title", lookup_expr="icontains")
        `,
      },
      {
        code: dedent`
          from django import forms

          field = forms.CharField(label="name")
          widget = forms.TextInput(attrs={"name": "q"})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              title = django_filters.CharFilter(name="title", lookup_expr="icontains")
        `,
        errors: [
          { line: 5, column: 39, message: 'A django-filter filter\'s `name=` is deprecated since django-filter 1.1 and removed in 2.0: use `field_name=`' },
        ],
        output: dedent`
          import django_filters


          class BookFilter(django_filters.FilterSet):
              title = django_filters.CharFilter(field_name="title", lookup_expr="icontains")
        `,
      },
      {
        code: dedent`
          from django_filters import rest_framework as filters


          class BookFilter(filters.FilterSet):
              min_price = filters.NumberFilter(name="price", lookup_expr="gte")
              max_price = filters.NumberFilter(name="price", lookup_expr="lte")
        `,
        errors: [
          { line: 5, column: 38, message: 'A django-filter filter\'s `name=` is deprecated since django-filter 1.1 and removed in 2.0: use `field_name=`' },
          { line: 6, column: 38, message: 'A django-filter filter\'s `name=` is deprecated since django-filter 1.1 and removed in 2.0: use `field_name=`' },
        ],
        output: dedent`
          from django_filters import rest_framework as filters


          class BookFilter(filters.FilterSet):
              min_price = filters.NumberFilter(field_name="price", lookup_expr="gte")
              max_price = filters.NumberFilter(field_name="price", lookup_expr="lte")
        `,
      },
    ],
  },
});
