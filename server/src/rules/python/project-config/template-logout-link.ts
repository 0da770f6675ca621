import { deprecationNotes } from '../../docs-links';
import { tagsNamed, firstStringArgument } from '../../../engine/template-queries';
import { TemplateRule } from '../../shapes';

/** The URL names of Django's logout views (`django.contrib.auth.urls`, the admin site). */
const logoutNames = ['logout', 'admin:logout'];

const rule: TemplateRule = {
  id: 'template-logout-link',
  title: 'Logout links (GET) → a POST form',
  category: 'templates',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  languages: ['django-template'],
  docsUrl: deprecationNotes('4.1'),
  docs: {
    what: 'Finds links whose `href` is `{% url "logout" %}` or `{% url "admin:logout" %}`.',
    why: 'Following a link sends a GET request; Django 5.0\'s `LogoutView` only accepts POST (logging out by GET was a CSRF hole), so the link answers 405.',
    fixSafety: 'No automatic fix: replace the link with `<form method="post" action="{% url \'logout\' %}">{% csrf_token %}<button type="submit">…</button></form>`.',
  },
  fix: 'none',
  checklist: ['logout-via-get'],
  truth: { note: 'LogoutView.http_method_names dropped "get" in 5.0; templates are not names' },
  check(context) {
    for (const tag of tagsNamed(context, ['url'])) {
      const name = firstStringArgument(tag);
      if (!name || !logoutNames.includes(name.value)) continue;
      const before = context.text.slice(Math.max(0, tag.startIndex - 200), tag.startIndex);
      if (!/\bhref\s*=\s*["']?$/i.test(before)) continue;
      context.report({ node: tag, subject: 'Logging out with a link (a GET request)', advice: 'log out with a POST form that includes `{% csrf_token %}`' });
    }
  },
  examples: {
    valid: [{ code: '<form method="post" action="{% url \'logout\' %}">{% csrf_token %}<button>Log out</button></form>\n', filename: 'templates/base.html' }],
    invalid: [{
      code: '<a href="{% url \'logout\' %}">Log out</a>\n<a class="x" HREF={% url "admin:logout" %}>Admin</a>\n{# <a href="{% url \'logout\' %}"> #}\n',
      filename: 'templates/base.html',
      findings: 2,
    }],
  },
};
export default rule;
