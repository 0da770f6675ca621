import { dedent, loadFromFutureRule } from '../shapes';

export default loadFromFutureRule({
  id: 'template-load-cycle-from-future',
  names: ['cycle', 'firstof'],
  deprecatedIn: '1.8',
  removedIn: '1.10',
  checklist: ['load-cycle-from-future', 'load-firstof-from-future'],
  examples: {
    valid: [
      {
        code: dedent`
          {% load i18n %}{% cycle "x" %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% load cycle from future %}
          {% cycle "x" %}
        `,
        errors: [
          { line: 1, column: 1, message: '`{% load cycle from future %}` is deprecated since Django 1.8 and removed in 1.10: remove it: the built-in tag behaves this way already' },
        ],
        output: dedent`
          {% cycle "x" %}
        `,
      },
      {
        code: dedent`
          {% load firstof from future %}
          <ul>
            {% for item in items %}<li class="{% cycle "odd" "even" %}">{% firstof item.title item.slug %}</li>{% endfor %}
          </ul>
        `,
        errors: [
          { line: 1, column: 1, message: '`{% load firstof from future %}` is deprecated since Django 1.8 and removed in 1.10: remove it: the built-in tag behaves this way already' },
        ],
        output: dedent`
          <ul>
            {% for item in items %}<li class="{% cycle "odd" "even" %}">{% firstof item.title item.slug %}</li>{% endfor %}
          </ul>
        `,
      },
    ],
  },
});
