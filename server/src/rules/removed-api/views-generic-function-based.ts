import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'views-generic-function-based',
  title: 'Function-based generic views (`direct_to_template`, `object_list`, …) → class-based views',
  category: 'removed-api',
  deprecatedIn: '1.3',
  removedIn: '1.5',
  docs: {
    what: 'Finds imports of the function-based generic views: `django.views.generic.simple` (`direct_to_template`, `redirect_to`), `list_detail` (`object_list`, `object_detail`), `create_update` and `date_based`.',
    why: 'Django 1.3 deprecated the function-based generic views in favour of class-based ones; Django 1.5 removed their modules, so the URLconf or view module fails to import.',
  },
  fix: 'none',
  modules: [
    { module: 'django.views.generic.simple', advice: 'use `TemplateView` and `RedirectView` (`django.views.generic.base`)' },
    { module: 'django.views.generic.list_detail', advice: 'use `ListView` and `DetailView`' },
    { module: 'django.views.generic.create_update', advice: 'use `CreateView`, `UpdateView` and `DeleteView`' },
    { module: 'django.views.generic.date_based', advice: 'use the date-based class views (`ArchiveIndexView`, `YearArchiveView`, …, `DateDetailView`)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.views.generic import TemplateView, ListView
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls.defaults import url
          from django.views.generic.simple import direct_to_template

          urlpatterns = [
              url(r"^about/$", direct_to_template, {"template": "about.html"}),
          ]
        `,
        errors: [
          { line: 2, column: 6, message: 'The module `django.views.generic.simple` is deprecated since Django 1.3 and removed in 1.5: use `TemplateView` and `RedirectView` (`django.views.generic.base`)' },
        ],
      },
      {
        code: dedent`
          from django.views.generic import list_detail


          def books(request):
              return list_detail.object_list(request, queryset=Book.objects.all())
        `,
        errors: [
          { line: 1, column: 34, message: 'The module `django.views.generic.list_detail` is deprecated since Django 1.3 and removed in 1.5: use `ListView` and `DetailView`' },
        ],
      },
    ],
  },
});
