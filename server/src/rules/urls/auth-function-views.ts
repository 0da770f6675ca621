import { dedent } from '../shapes';
import { functionViewsRule, urlPathAs } from '../shapes/function-views';

const common = { template_name: 'template_name', extra_context: 'extra_context' };

export default functionViewsRule({
  id: 'auth-function-views',
  title: 'Auth function views → class-based views',
  category: 'urls',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds the function-based views `login`, `logout`, `password_change`, `password_change_done`, `password_reset`, `password_reset_done`, `password_reset_confirm` and `password_reset_complete` of `django.contrib.auth.views`.',
    why: 'Django 1.11 added class-based equivalents (`LoginView`, `LogoutView`, `PasswordChangeView`, …); Django 2.1 removed the functions, so URLconfs that import them fail to load.',
    fixSafety:
      'When every use is the view of a URL pattern, imports the class and passes `LoginView.as_view(...)`; the extra-kwargs dict of the pattern becomes `as_view()` arguments ' +
      '(`authentication_form`/`password_change_form`/`password_reset_form`/`set_password_form` become `form_class`, and `post_*_redirect` becomes `success_url` when it is a URL path). ' +
      'Other uses (calls from your own views, keys without a class attribute) get the message only. Needs Django 1.11+.',
  },
  fix: 'safe',
  // Whether the fix is offered depends on how other statements bind the views module: it runs on the whole file after every edit.
  locality: 'file',
  fixMinVersion: '1.11',
  checklist: [
    'auth-views-login', 'auth-views-logout', 'auth-views-password-change', 'auth-views-password-change-done',
    'auth-views-password-reset', 'auth-views-password-reset-done', 'auth-views-password-reset-confirm', 'auth-views-password-reset-complete',
  ],
  views: [
    {
      old: 'django.contrib.auth.views.login',
      view: 'django.contrib.auth.views.LoginView',
      kwargs: { ...common, redirect_field_name: 'redirect_field_name', authentication_form: 'form_class', redirect_authenticated_user: 'redirect_authenticated_user' },
    },
    { old: 'django.contrib.auth.views.logout', view: 'django.contrib.auth.views.LogoutView', kwargs: { ...common, next_page: 'next_page', redirect_field_name: 'redirect_field_name' } },
    {
      old: 'django.contrib.auth.views.password_change',
      view: 'django.contrib.auth.views.PasswordChangeView',
      kwargs: { ...common, password_change_form: 'form_class', post_change_redirect: urlPathAs('success_url') },
    },
    { old: 'django.contrib.auth.views.password_change_done', view: 'django.contrib.auth.views.PasswordChangeDoneView', kwargs: common },
    {
      old: 'django.contrib.auth.views.password_reset',
      view: 'django.contrib.auth.views.PasswordResetView',
      kwargs: {
        ...common, email_template_name: 'email_template_name', subject_template_name: 'subject_template_name', password_reset_form: 'form_class',
        token_generator: 'token_generator', post_reset_redirect: urlPathAs('success_url'), from_email: 'from_email',
        html_email_template_name: 'html_email_template_name', extra_email_context: 'extra_email_context',
      },
    },
    { old: 'django.contrib.auth.views.password_reset_done', view: 'django.contrib.auth.views.PasswordResetDoneView', kwargs: common },
    {
      old: 'django.contrib.auth.views.password_reset_confirm',
      view: 'django.contrib.auth.views.PasswordResetConfirmView',
      kwargs: { ...common, token_generator: 'token_generator', set_password_form: 'form_class', post_reset_redirect: urlPathAs('success_url') },
    },
    { old: 'django.contrib.auth.views.password_reset_complete', view: 'django.contrib.auth.views.PasswordResetCompleteView', kwargs: common },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.auth import login, views
          from django.urls import path

          urlpatterns = [path("login/", views.LoginView.as_view())]
        `,
        filename: 'urls.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import url
          from django.contrib.auth import views as auth_views

          urlpatterns = [
              url(r'^login/$', auth_views.login, {'template_name': 'accounts/login.html'}, name='login'),
              url(r'^logout/$', auth_views.logout, name='logout'),
          ]
        `,
        filename: 'accounts/urls.py',
        errors: [
          { line: 5, column: 22, message: 'The function view `django.contrib.auth.views.login` is deprecated since Django 1.11 and removed in 2.1: use `LoginView.as_view()` (its options become `as_view()` arguments)' },
          { line: 6, column: 23, message: 'The function view `django.contrib.auth.views.logout` is deprecated since Django 1.11 and removed in 2.1: use `LogoutView.as_view()` (its options become `as_view()` arguments)' },
        ],
        output: dedent`
          from django.conf.urls import url
          from django.contrib.auth import views as auth_views

          urlpatterns = [
              url(r'^login/$', auth_views.LoginView.as_view(template_name='accounts/login.html'), name='login'),
              url(r'^logout/$', auth_views.LogoutView.as_view(), name='logout'),
          ]
        `,
      },
      {
        code: dedent`
          from django.conf.urls import url
          from django.contrib.auth.views import password_reset

          urlpatterns = [url(r'^reset/$', password_reset, {'post_reset_redirect': '/reset/done/'})]
        `,
        filename: 'urls.py',
        errors: [
          { line: 2, column: 39, message: 'The function view `django.contrib.auth.views.password_reset` is deprecated since Django 1.11 and removed in 2.1: use `PasswordResetView.as_view()` (its options become `as_view()` arguments)' },
          { line: 4, column: 33, message: 'The function view `django.contrib.auth.views.password_reset` is deprecated since Django 1.11 and removed in 2.1: use `PasswordResetView.as_view()` (its options become `as_view()` arguments)' },
        ],
        output: dedent`
          from django.conf.urls import url
          from django.contrib.auth.views import PasswordResetView

          urlpatterns = [url(r'^reset/$', PasswordResetView.as_view(success_url='/reset/done/'))]
        `,
      },
      {
        // Called from a view of the project: message only.
        code: dedent`
          from django.contrib.auth.views import login

          def my_login(request):
              return login(request, template_name="login.html")
        `,
        errors: [
          { line: 1, column: 39, message: 'The function view `django.contrib.auth.views.login` is deprecated since Django 1.11 and removed in 2.1: use `LoginView.as_view()` (its options become `as_view()` arguments)' },
          { line: 4, column: 12, message: 'The function view `django.contrib.auth.views.login` is deprecated since Django 1.11 and removed in 2.1: use `LoginView.as_view()` (its options become `as_view()` arguments)' },
        ],
      },
    ],
  },
});
