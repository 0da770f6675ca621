import { deprecationNotes } from '../docs-links';
import { replaceNode } from '../../engine/python-edits';
import { tagArguments, tagsNamed } from '../../engine/template-queries';
import { TemplateRule } from '../shapes';

const rule: TemplateRule = {
  id: 'template-if-single-equals',
  title: '`{% if a = b %}` → `{% if a == b %}`',
  category: 'templates',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['django-template'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds a single `=` used as a comparison in `{% if %}` and `{% elif %}`.',
    why: 'It was an undocumented alias of `==`; Django 1.10 removed it, so the template fails to compile.',
    fixSafety: 'Safe: the same comparison.',
  },
  fix: 'safe',
  checklist: ['if-single-equals'],
  truth: { note: 'the `=` operator lived in the if-tag parser table (django.template.smartif), not under a name of its own' },
  check(context) {
    for (const tag of tagsNamed(context, ['if', 'elif'])) {
      for (const operator of tagArguments(tag)) {
        if (operator.type !== 'operator' || operator.text !== '=') continue;
        context.report({ node: operator, subject: 'A single `=` in `{% if %}`', advice: 'use `==`', fix: { title: 'Use `==`', edits: [replaceNode(operator, '==')] } });
      }
    }
  },
  examples: {
    valid: [{ code: '{% if a == b %}{% endif %}{% with a=b %}{% endwith %}\n' }],
    invalid: [{ code: '{% if a = b %}x{% elif c = 1 %}y{% endif %}\n', findings: 2, output: '{% if a == b %}x{% elif c == 1 %}y{% endif %}\n' }],
  },
};
export default rule;
