import { tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

export default defineTemplateRule({
  id: 'template-ssi-tag',
  title: '`{% ssi %}` → `{% include %}`',
  category: 'templates',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds the `{% ssi %}` tag.',
    why: 'It included files by absolute path (limited by `ALLOWED_INCLUDE_ROOTS`); Django 1.10 removed it.',
    fixSafety: 'No automatic fix: `{% include %}` takes a template name, not a file path, so the included file must move into a template directory.',
  },
  fix: 'none',
  checklist: ['ssi-tag'],
  truth: { removed: ['django.template.defaulttags.ssi'] },
  triggers: ['ssi'],
  check(context) {
    for (const tag of tagsNamed(context, ['ssi'])) {
      context.report({ node: tag, subject: '`{% ssi %}`', advice: 'move the file into a template directory and use `{% include "name.html" %}`' });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% include "footer.html" %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% ssi "/var/www/footer.html" parsed %}
        `,
        errors: [
          { line: 1, column: 1, message: '`{% ssi %}` is deprecated since Django 1.8 and removed in 1.10: move the file into a template directory and use `{% include "name.html" %}`' },
        ],
      },
    ],
  },
});
