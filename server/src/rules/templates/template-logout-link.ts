import { tagsNamed, firstStringArgument } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

/** The URL names of Django's logout views (`django.contrib.auth.urls`, the admin site). */
const logoutNames = ['logout', 'admin:logout'];

export default defineTemplateRule({
  id: 'template-logout-link',
  title: 'Logout links (GET) → a POST form',
  category: 'templates',
  deprecatedIn: '4.1',
  removedIn: '5.0',
  docs: {
    what: 'Finds links whose `href` is `{% url "logout" %}` or `{% url "admin:logout" %}`.',
    why: 'Following a link sends a GET request; Django 5.0\'s `LogoutView` only accepts POST (logging out by GET was a CSRF hole), so the link answers 405.',
    fixSafety: 'No automatic fix: replace the link with `<form method="post" action="{% url \'logout\' %}">{% csrf_token %}<button type="submit">…</button></form>`.',
  },
  fix: 'none',
  checklist: ['logout-via-get'],
  truth: { note: 'LogoutView.http_method_names dropped "get" in 5.0; templates are not names' },
  triggers: ['logout'],
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
    valid: [
      {
        code: dedent`
          <form method="post" action="{% url 'logout' %}">{% csrf_token %}<button>Log out</button></form>
        `,
        filename: 'templates/base.html',
      },
    ],
    invalid: [
      {
        code: dedent`
          <a href="{% url 'logout' %}">Log out</a>
          <a class="x" HREF={% url "admin:logout" %}>Admin</a>
          {# <a href="{% url 'logout' %}"> #}
        `,
        filename: 'templates/base.html',
        errors: [
          { line: 1, column: 10, message: 'Logging out with a link (a GET request) is deprecated since Django 4.1 and removed in 5.0: log out with a POST form that includes `{% csrf_token %}`' },
          { line: 2, column: 19, message: 'Logging out with a link (a GET request) is deprecated since Django 4.1 and removed in 5.0: log out with a POST form that includes `{% csrf_token %}`' },
        ],
      },
    ],
  },
});
