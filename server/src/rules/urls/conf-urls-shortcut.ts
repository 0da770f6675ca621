import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'conf-urls-shortcut',
  title: '`django.conf.urls.shortcut` → a `url()` to the content types shortcut view',
  category: 'urls',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports (and `include()`s by import) of `django.conf.urls.shortcut`.',
    why: 'Django 1.6 deprecated the URLconf module that only routed the content types shortcut view; Django 1.8 removed it.',
  },
  fix: 'none',
  checklist: ['conf-urls-shortcut'],
  modules: [
    { module: 'django.conf.urls.shortcut', advice: 'route `django.contrib.contenttypes.views.shortcut` yourself: `url(r"^r/(?P<content_type_id>\\d+)/(?P<object_id>.*)/$", shortcut)`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.contenttypes.views import shortcut
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import include, url
          from django.conf.urls import shortcut

          urlpatterns = [url(r"^r/", include(shortcut))]
        `,
        errors: [
          { line: 2, column: 30, message: 'The module `django.conf.urls.shortcut` is deprecated since Django 1.6 and removed in 1.8: route `django.contrib.contenttypes.views.shortcut` yourself: `url(r"^r/(?P<content_type_id>\\d+)/(?P<object_id>.*)/$", shortcut)`' },
        ],
      },
    ],
  },
});
