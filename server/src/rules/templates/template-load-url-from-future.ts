import { dedent, loadFromFutureRule } from '../shapes';

export default loadFromFutureRule({
  id: 'template-load-url-from-future',
  names: ['url', 'ssi'],
  deprecatedIn: '1.7',
  removedIn: '1.9',
  checklist: ['load-url-from-future', 'load-ssi-from-future'],
  examples: {
    valid: [
      {
        code: dedent`
          {% load i18n %}{% url "x" %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% load url from future %}
          {% url "x" %}
        `,
        errors: [
          { line: 1, column: 1, message: '`{% load url from future %}` is deprecated since Django 1.7 and removed in 1.9: remove it: the built-in tag behaves this way already' },
        ],
        output: dedent`
          {% url "x" %}
        `,
      },
      {
        code: dedent`
          {% extends "base.html" %}
          {% load i18n %}
          {% load url ssi from future %}
          {% block nav %}<a href="{% url "shop:index" %}">{{ shop_name }}</a>{% endblock %}
        `,
        errors: [
          { line: 3, column: 1, message: '`{% load url ssi from future %}` is deprecated since Django 1.7 and removed in 1.9: remove it: the built-in tag behaves this way already' },
        ],
        output: dedent`
          {% extends "base.html" %}
          {% load i18n %}
          {% block nav %}<a href="{% url "shop:index" %}">{{ shop_name }}</a>{% endblock %}
        `,
      },
    ],
  },
});
