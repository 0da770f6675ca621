import { stringsEqualTo } from '../../engine/python-queries';
import { dedent, definePythonRule, movedNamesRule } from '../shapes';

const old = 'django.contrib.auth.views.password_reset_confirm_uidb36';
const advice = 'use `password_reset_confirm` with a `uidb64` URL pattern (`(?P<uidb64>[0-9A-Za-z_-]+)/(?P<token>[0-9A-Za-z]{1,13}-[0-9A-Za-z]{1,20})/`)';

const names = movedNamesRule({
  id: 'password-reset-confirm-uidb36',
  title: '`password_reset_confirm_uidb36` → `password_reset_confirm` with `uidb64`',
  category: 'urls',
  deprecatedIn: '1.6',
  removedIn: '1.7',
  docs: {
    what: 'Finds imports and uses of `django.contrib.auth.views.password_reset_confirm_uidb36`, and the view given as the dotted string.',
    why: 'Django 1.6 encodes the user\'s id in password-reset links in base 64 (`uidb64`) and kept the base-36 view for links already e-mailed; Django 1.7 removed it, so the URLconf fails to import.',
    fixSafety: 'No fix: the URL pattern changes with the view (`uidb64` instead of `uidb36`), and links e-mailed before the change stop working.',
  },
  fix: 'none',
  checklist: ['password-reset-confirm-uidb36'],
  names: [{ old, advice }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.conf.urls import url
          from django.contrib.auth import views as auth_views

          urlpatterns = [
              url(r"^reset/(?P<uidb64>[0-9A-Za-z_-]+)/(?P<token>.+)/$", auth_views.password_reset_confirm),
          ]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.conf.urls import url
          from django.contrib.auth.views import password_reset_confirm_uidb36

          urlpatterns = [
              url(r"^reset/(?P<uidb36>[0-9A-Za-z]+)-(?P<token>.+)/$", password_reset_confirm_uidb36),
          ]
        `,
        errors: [
          { line: 2, column: 39, message: '`django.contrib.auth.views.password_reset_confirm_uidb36` is deprecated since Django 1.6 and removed in 1.7: use `password_reset_confirm` with a `uidb64` URL pattern (`(?P<uidb64>[0-9A-Za-z_-]+)/(?P<token>[0-9A-Za-z]{1,13}-[0-9A-Za-z]{1,20})/`)' },
          { line: 5, column: 61, message: '`django.contrib.auth.views.password_reset_confirm_uidb36` is deprecated since Django 1.6 and removed in 1.7: use `password_reset_confirm` with a `uidb64` URL pattern (`(?P<uidb64>[0-9A-Za-z_-]+)/(?P<token>[0-9A-Za-z]{1,13}-[0-9A-Za-z]{1,20})/`)' },
        ],
      },
      {
        code: dedent`
          from django.conf.urls import patterns, url

          urlpatterns = patterns("",
              url(r"^reset/(?P<uidb36>[0-9A-Za-z]+)-(?P<token>.+)/$", "django.contrib.auth.views.password_reset_confirm_uidb36"),
          )
        `,
        filename: 'accounts/urls.py',
        errors: [
          { line: 4, column: 61, message: '`django.contrib.auth.views.password_reset_confirm_uidb36` is deprecated since Django 1.6 and removed in 1.7: use `password_reset_confirm` with a `uidb64` URL pattern (`(?P<uidb64>[0-9A-Za-z_-]+)/(?P<token>[0-9A-Za-z]{1,13}-[0-9A-Za-z]{1,20})/`)' },
        ],
      },
    ],
  },
});

/** The view's imports and uses, and the dotted string a URL pattern of old gives. */
export default definePythonRule({
  ...names,
  triggers: names.triggers!,
  truth: { removed: [old], note: 'password_reset_confirm, the advice, is itself removed in 2.1 (the class-based PasswordResetConfirmView)' },
  check(context) {
    names.check(context);
    for (const { node } of stringsEqualTo(context, [old])) context.report({ node, subject: `\`${old}\``, advice });
  },
});
