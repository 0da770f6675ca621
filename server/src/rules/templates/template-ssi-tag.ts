import { deprecationNotes } from '../docs-links';
import { tagsNamed } from '../../engine/template-queries';
import { TemplateRule } from '../shapes';

const rule: TemplateRule = {
  id: 'template-ssi-tag',
  title: '`{% ssi %}` → `{% include %}`',
  category: 'templates',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['django-template'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds the `{% ssi %}` tag.',
    why: 'It included files by absolute path (limited by `ALLOWED_INCLUDE_ROOTS`); Django 1.10 removed it.',
    fixSafety: 'No automatic fix: `{% include %}` takes a template name, not a file path, so the included file must move into a template directory.',
  },
  fix: 'none',
  checklist: ['ssi-tag'],
  truth: { removed: ['django.template.defaulttags.ssi'] },
  check(context) {
    for (const tag of tagsNamed(context, ['ssi'])) {
      context.report({ node: tag, subject: '`{% ssi %}`', advice: 'move the file into a template directory and use `{% include "name.html" %}`' });
    }
  },
  examples: {
    valid: [{ code: '{% include "footer.html" %}\n' }],
    invalid: [{ code: '{% ssi "/var/www/footer.html" parsed %}\n', findings: 1 }],
  },
};
export default rule;
