import { deprecationNotes } from '../docs-links';
import { replaceNode } from '../../engine/python-edits';
import { closingTag, tagArguments, tagsNamed } from '../../engine/template-queries';
import { TemplateRule } from '../shapes';

const operators: Record<string, string> = { ifequal: '==', ifnotequal: '!=' };

const rule: TemplateRule = {
  id: 'template-ifequal',
  title: '`{% ifequal %}`/`{% ifnotequal %}` → `{% if a == b %}`',
  category: 'templates',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  languages: ['django-template'],
  docsUrl: deprecationNotes('3.1'),
  docs: {
    what: 'Finds `{% ifequal a b %}` and `{% ifnotequal a b %}` blocks.',
    why: '`{% if %}` has compared values since Django 1.2; 4.0 removed the old tags, so templates that use them fail to compile.',
    fixSafety: 'Safe: rewrites the opening and the closing tag together; `{% else %}` stays as it is.',
  },
  fix: 'safe',
  checklist: ['ifequal-tag', 'ifnotequal-tag'],
  truth: { removed: ['django.template.defaulttags.ifequal'] },
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
    valid: [{ code: '{% if a == b %}same{% endif %}\n' }, { code: '{% verbatim %}{% ifequal a b %}{% endifequal %}{% endverbatim %}\n' }],
    invalid: [
      {
        code: '{% ifequal user.pk author.pk %}\n  mine\n{% else %}\n  theirs\n{% endifequal %}\n',
        findings: 1,
        output: '{% if user.pk == author.pk %}\n  mine\n{% else %}\n  theirs\n{% endif %}\n',
      },
      { code: '{% ifnotequal a "x" %}{% ifequal b 1 %}!{% endifequal %}{% endifnotequal %}', findings: 2, output: '{% if a != "x" %}{% if b == 1 %}!{% endif %}{% endif %}' },
    ],
  },
};
export default rule;
