import { replaceNode } from '../../engine/python-edits';
import { tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

export default defineTemplateRule({
  id: 'template-cycle-comma',
  title: '`{% cycle a,b %}` → `{% cycle \'a\' \'b\' %}`',
  category: 'templates',
  deprecatedIn: '1.9',
  removedIn: '1.10',
  docs: {
    what: 'Finds the old comma-separated `{% cycle %}` syntax.',
    why: 'In the old syntax the values were literal strings; Django 1.10 removed it, so `a,b` is read as one variable name and the cycle renders nothing.',
    fixSafety: 'Safe: each value becomes the quoted string the old syntax meant.',
  },
  fix: 'safe',
  checklist: ['cycle-comma-syntax'],
  truth: { note: 'the comma syntax was a branch inside django.template.defaulttags.cycle, not a name of its own' },
  triggers: ['cycle'],
  check(context) {
    for (const tag of tagsNamed(context, ['cycle'])) {
      const first = tagArguments(tag)[0];
      if (!first || !first.text.includes(',') || /["'\s]/.test(first.text)) continue;
      const values = first.text.split(',');
      const fixable = values.every((v) => /^[\w.-]+$/.test(v));
      context.report({
        node: first,
        subject: 'The comma-separated `{% cycle %}` syntax',
        advice: 'quote each value and separate them with spaces',
        fix: fixable ? { title: 'Quote the cycle values', edits: [replaceNode(first, values.map((v) => `'${v}'`).join(' '))] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% cycle 'odd' 'even' %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          <tr class="{% cycle row1,row2 as rows %}">
        `,
        errors: [
          { line: 1, column: 21, message: 'The comma-separated `{% cycle %}` syntax is deprecated since Django 1.9 and removed in 1.10: quote each value and separate them with spaces' },
        ],
        output: dedent`
          <tr class="{% cycle 'row1' 'row2' as rows %}">
        `,
      },
      {
        code: dedent`
          <table>
            {% for order in orders %}
            <tr class="{% cycle odd,even %}"><td>{{ order.number }}</td></tr>
            {% endfor %}
          </table>
        `,
        errors: [
          { line: 3, column: 23, message: 'The comma-separated `{% cycle %}` syntax is deprecated since Django 1.9 and removed in 1.10: quote each value and separate them with spaces' },
        ],
        output: dedent`
          <table>
            {% for order in orders %}
            <tr class="{% cycle 'odd' 'even' %}"><td>{{ order.number }}</td></tr>
            {% endfor %}
          </table>
        `,
      },
    ],
  },
});
