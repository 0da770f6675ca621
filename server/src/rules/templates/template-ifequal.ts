import { replaceNode } from '../../engine/python-edits';
import { closingTag, tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

const operators: Record<string, string> = { ifequal: '==', ifnotequal: '!=' };

export default defineTemplateRule({
  id: 'template-ifequal',
  title: '`{% ifequal %}`/`{% ifnotequal %}` → `{% if a == b %}`',
  category: 'templates',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds `{% ifequal a b %}` and `{% ifnotequal a b %}` blocks.',
    why: '`{% if %}` has compared values since Django 1.2; 4.0 removed the old tags, so templates that use them fail to compile.',
    fixSafety: 'Safe: rewrites the opening and the closing tag together; `{% else %}` stays as it is.',
  },
  fix: 'safe',
  checklist: ['ifequal-tag', 'ifnotequal-tag'],
  truth: { removed: ['django.template.defaulttags.ifequal'] },
  upstream: { djade: 'migrate_ifequal_tags' },
  triggers: ['ifequal', 'ifnotequal'],
  check(context) {
    for (const tag of tagsNamed(context, Object.keys(operators))) {
      const name = tag.childForFieldName('name')!;
      const args = tagArguments(tag);
      const close = closingTag(tag);
      const closeName = close?.childForFieldName('name');
      const fixable = args.length === 2 && closeName?.text === `end${name.text}`;
      context.report({
        node: tag,
        subject: `\`{% ${name.text} %}\``,
        advice: `use \`{% if a ${operators[name.text]} b %}\``,
        fix: fixable
          ? {
              title: `Use \`{% if … ${operators[name.text]} … %}\``,
              edits: [
                replaceNode(name, 'if'),
                { start: args[0].endIndex, end: args[1].startIndex, text: ` ${operators[name.text]} ` },
                replaceNode(closeName!, 'endif'),
              ],
            }
          : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% if a == b %}same{% endif %}
        `,
      },
      {
        code: dedent`
          {% verbatim %}{% ifequal a b %}{% endifequal %}{% endverbatim %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% ifequal user.pk author.pk %}
            mine
          {% else %}
            theirs
          {% endifequal %}
        `,
        errors: [
          { line: 1, column: 1, message: '`{% ifequal %}` is deprecated since Django 3.1 and removed in 4.0: use `{% if a == b %}`' },
        ],
        output: dedent`
          {% if user.pk == author.pk %}
            mine
          {% else %}
            theirs
          {% endif %}
        `,
      },
      {
        code: dedent`
          {% ifnotequal a "x" %}{% ifequal b 1 %}!{% endifequal %}{% endifnotequal %}`,
        errors: [
          { line: 1, column: 1, message: '`{% ifnotequal %}` is deprecated since Django 3.1 and removed in 4.0: use `{% if a != b %}`' },
          { line: 1, column: 23, message: '`{% ifequal %}` is deprecated since Django 3.1 and removed in 4.0: use `{% if a == b %}`' },
        ],
        output: dedent`
          {% if a != "x" %}{% if b == 1 %}!{% endif %}{% endif %}`,
      },
    ],
  },
});
