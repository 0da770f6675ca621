import { filtersNamed, tagArguments, tagName } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

/** The comparison operand for a `length_is` argument: numbers stay, digit strings lose their quotes. */
function operand(argument: string): string | null {
  if (/^-?\d+$/.test(argument)) return argument;
  const quoted = /^(["'])(\d+)\1$/.exec(argument);
  if (quoted) return quoted[2];
  if (/^[A-Za-z_][\w.]*$/.test(argument)) return argument;
  return null;
}

export default defineTemplateRule({
  id: 'template-length-is',
  title: '`|length_is:n` → `|length == n`',
  category: 'templates',
  deprecatedIn: '4.2',
  removedIn: '5.1',
  docs: {
    what: 'Finds the `length_is` template filter.',
    why: 'Django 4.2 deprecated it in favour of comparing `|length` in `{% if %}`; 5.1 removed it, so templates that use it fail to compile.',
    fixSafety: 'Safe inside `{% if %}`/`{% elif %}` with a single condition (quoted digits become a number, as `length_is` compared them). Elsewhere, such as `{{ x|length_is:2 }}`, rewrite by hand.',
  },
  fix: 'safe',
  checklist: ['length-is-filter'],
  truth: { removed: ['django.template.defaultfilters.length_is'] },
  upstream: { djade: 'migrate_length_is' },
  triggers: ['length_is'],
  check(context) {
    for (const filter of filtersNamed(context, ['length_is'])) {
      const expression = filter.parent!;
      const tag = expression.parent;
      const argument = filter.childForFieldName('argument');
      const filters = expression.namedChildren.filter((n) => n?.type === 'filter');
      const isLast = filters[filters.length - 1]?.startIndex === filter.startIndex;
      const value = argument ? operand(argument.text) : null;
      const fixable = tag?.type === 'tag' && ['if', 'elif'].includes(tagName(tag)) && tagArguments(tag).length === 1 && isLast && value !== null;
      context.report({
        node: filter,
        subject: 'The `length_is` filter',
        advice: 'use `{% if value|length == n %}`',
        fix: fixable ? { title: 'Compare `|length` instead', edits: [{ start: filter.startIndex, end: filter.endIndex, text: `|length == ${value}` }] } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% if items|length == 3 %}three{% endif %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% if items|length_is:"3" %}three{% elif items|length_is:n %}n{% endif %}
        `,
        errors: [
          { line: 1, column: 12, message: 'The `length_is` filter is deprecated since Django 4.2 and removed in 5.1: use `{% if value|length == n %}`' },
          { line: 1, column: 47, message: 'The `length_is` filter is deprecated since Django 4.2 and removed in 5.1: use `{% if value|length == n %}`' },
        ],
        output: dedent`
          {% if items|length == 3 %}three{% elif items|length == n %}n{% endif %}
        `,
      },
      {
        code: dedent`
          {{ items|length_is:2 }}
        `,
        errors: [
          { line: 1, column: 9, message: 'The `length_is` filter is deprecated since Django 4.2 and removed in 5.1: use `{% if value|length == n %}`' },
        ],
      },
      {
        code: dedent`
          {% if cart.items|length_is:1 %}
            One item in your cart.
          {% else %}
            {{ cart.items|length }} items in your cart.
          {% endif %}
        `,
        errors: [
          { line: 1, column: 17, message: 'The `length_is` filter is deprecated since Django 4.2 and removed in 5.1: use `{% if value|length == n %}`' },
        ],
        output: dedent`
          {% if cart.items|length == 1 %}
            One item in your cart.
          {% else %}
            {{ cart.items|length }} items in your cart.
          {% endif %}
        `,
      },
    ],
  },
});
