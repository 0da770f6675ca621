import { replaceNode } from '../../engine/python-edits';
import { tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

export default defineTemplateRule({
  id: 'template-if-single-equals',
  title: '`{% if a = b %}` → `{% if a == b %}`',
  category: 'templates',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds a single `=` used as a comparison in `{% if %}` and `{% elif %}`.',
    why: 'It was an undocumented alias of `==`; Django 1.10 removed it, so the template fails to compile.',
    fixSafety: 'Safe: the same comparison.',
  },
  fix: 'safe',
  checklist: ['if-single-equals'],
  truth: { note: 'the `=` operator lived in the if-tag parser table (django.template.smartif), not under a name of its own' },
  triggers: ['if', 'elif'],
  check(context) {
    for (const tag of tagsNamed(context, ['if', 'elif'])) {
      for (const operator of tagArguments(tag)) {
        if (operator.type !== 'operator' || operator.text !== '=') continue;
        context.report({ node: operator, subject: 'A single `=` in `{% if %}`', advice: 'use `==`', fix: { title: 'Use `==`', edits: [replaceNode(operator, '==')] } });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% if a == b %}{% endif %}{% with a=b %}{% endwith %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% if a = b %}x{% elif c = 1 %}y{% endif %}
        `,
        errors: [
          { line: 1, column: 9, message: 'A single `=` in `{% if %}` is deprecated since Django 1.8 and removed in 1.10: use `==`' },
          { line: 1, column: 26, message: 'A single `=` in `{% if %}` is deprecated since Django 1.8 and removed in 1.10: use `==`' },
        ],
        output: dedent`
          {% if a == b %}x{% elif c == 1 %}y{% endif %}
        `,
      },
      {
        code: dedent`
          {% if request.user.username = "admin" and not debug %}
            <a href="/admin/">Admin</a>
          {% endif %}
        `,
        errors: [
          { line: 1, column: 29, message: 'A single `=` in `{% if %}` is deprecated since Django 1.8 and removed in 1.10: use `==`' },
        ],
        output: dedent`
          {% if request.user.username == "admin" and not debug %}
            <a href="/admin/">Admin</a>
          {% endif %}
        `,
      },
    ],
  },
});
