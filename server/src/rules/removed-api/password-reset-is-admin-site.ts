import { dedent, keywordArgumentRule } from '../shapes';

const view = 'django.contrib.auth.views.password_reset';

export default keywordArgumentRule({
  id: 'password-reset-is-admin-site',
  title: 'Drop `password_reset(is_admin_site=…)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `is_admin_site` passed to `django.contrib.auth.views.password_reset`, in calls and in the extra-kwargs dict of URL patterns.',
    why: 'Django 1.8 deprecated the legacy argument; 1.10 removed it, so the view raises `TypeError`.',
    fixSafety: 'Safe to remove; to keep the old effect (the request\'s host in the e-mail) pass `domain_override` yourself.',
  },
  fix: 'safe',
  checklist: ['password-reset-is-admin-site'],
  truth: { removedParameters: [{ symbol: view, name: 'is_admin_site' }] },
  sites: { callees: [view], urlKwargs: true },
  keywords: [{ name: 'is_admin_site', subject: '`password_reset(is_admin_site=…)`', remove: true, advice: 'remove it (pass `domain_override` for the old effect)' }],
  examples: {
    valid: [
      {
        filename: 'urls.py',
        code: dedent`
          from django.conf.urls import url
          from django.contrib.auth import views

          urlpatterns = [url(r"^reset/$", views.password_reset)]
        `,
      },
    ],
    invalid: [
      {
        filename: 'urls.py',
        code: dedent`
          from django.conf.urls import url
          from django.contrib.auth import views

          urlpatterns = [
              url(r"^reset/$", views.password_reset, {"is_admin_site": True, "template_name": "r.html"}),
          ]
        `,
        errors: [
          { line: 5, column: 45, message: '`password_reset(is_admin_site=…)` is deprecated since Django 1.8 and removed in 1.10: remove it (pass `domain_override` for the old effect)' },
        ],
        output: dedent`
          from django.conf.urls import url
          from django.contrib.auth import views

          urlpatterns = [
              url(r"^reset/$", views.password_reset, {"template_name": "r.html"}),
          ]
        `,
      },
      {
        code: dedent`
          from django.contrib.auth.views import password_reset


          def reset(request):
              return password_reset(request, is_admin_site=True, template_name="admin/reset.html")
        `,
        errors: [
          { line: 5, column: 36, message: '`password_reset(is_admin_site=…)` is deprecated since Django 1.8 and removed in 1.10: remove it (pass `domain_override` for the old effect)' },
        ],
        output: dedent`
          from django.contrib.auth.views import password_reset


          def reset(request):
              return password_reset(request, template_name="admin/reset.html")
        `,
      },
    ],
  },
});
