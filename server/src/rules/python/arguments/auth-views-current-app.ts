import { deprecationNotes } from '../../docs-links';
import { keywordArgumentRule } from '../../shapes';

const views = [
  'login', 'logout', 'logout_then_login', 'password_reset', 'password_reset_done', 'password_reset_confirm',
  'password_reset_complete', 'password_change', 'password_change_done',
].map((name) => `django.contrib.auth.views.${name}`);

export default keywordArgumentRule({
  id: 'auth-views-current-app',
  title: '`current_app=` of the `django.contrib.auth` views',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds `current_app` passed to the function views of `django.contrib.auth.views` (`login`, `logout`, `password_reset`, …), in calls and in the extra-kwargs dict of URL patterns.',
    why: 'Django 1.9 reads the current application from `request.current_app`; 2.0 removed the argument, so the views raise `TypeError`.',
    fixSafety: 'No automatic fix: set `request.current_app` (for example in a wrapping view), or use an instance namespace in `include()`.',
  },
  fix: 'none',
  checklist: ['auth-views-current-app'],
  truth: {
    removed: ['django.contrib.auth.views.deprecate_current_app'],
    note: 'the views accepted `current_app` through the `deprecate_current_app` decorator (1.9–1.11), not in their signatures',
  },
  sites: { callees: views, urlKwargs: true },
  keywords: [{ name: 'current_app', advice: 'set `request.current_app` instead' }],
  examples: {
    valid: [{ code: 'from django.contrib.auth import views as auth_views\nfrom django.conf.urls import url\n\nurlpatterns = [url(r"^login/$", auth_views.login, {"template_name": "l.html"})]\n', filename: 'urls.py' }],
    invalid: [{
      code: 'from django.contrib.auth import views as auth_views\nfrom django.conf.urls import url\n\nurlpatterns = [url(r"^login/$", auth_views.login, {"current_app": "shop"})]\n\ndef out(request):\n    return auth_views.logout(request, current_app="shop")\n',
      filename: 'urls.py',
      findings: 2,
    }],
  },
});
