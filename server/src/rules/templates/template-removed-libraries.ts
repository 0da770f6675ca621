import { deprecationNotes } from '../docs-links';
import { removeLoadArguments, tagArguments, tagsNamed } from '../../engine/template-queries';
import { TemplateRule } from '../shapes';

const rule: TemplateRule = {
  id: 'template-load-webdesign',
  title: 'Remove `{% load webdesign %}`',
  category: 'templates',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['django-template'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `{% load webdesign %}`.',
    why: 'Django 1.8 made `{% lorem %}` a built-in tag and deprecated `django.contrib.webdesign`; 1.10 removed it, so loading the library fails.',
    fixSafety: 'Safe: removes the library from the `{% load %}` (the whole tag when it was the only one). Also remove `django.contrib.webdesign` from `INSTALLED_APPS`.',
  },
  fix: 'safe',
  checklist: ['contrib-webdesign'],
  truth: { removed: ['django.contrib.webdesign'], replacements: ['django.template.defaulttags.lorem'] },
  check(context) {
    for (const tag of tagsNamed(context, ['load'])) {
      const args = tagArguments(tag);
      if (args.some((a) => a.text === 'from')) continue;
      const webdesign = args.filter((a) => a.text === 'webdesign');
      for (const arg of webdesign) {
        context.report({
          node: arg,
          subject: 'The `webdesign` template tag library',
          advice: 'remove it: `{% lorem %}` is built in',
          fix: { title: 'Remove `webdesign` from the load', edits: removeLoadArguments(context.text, tag, webdesign) },
        });
      }
    }
  },
  examples: {
    valid: [{ code: '{% lorem 2 p %}\n' }],
    invalid: [
      { code: '{% load webdesign %}\n{% lorem 2 p %}\n', findings: 1, output: '{% lorem 2 p %}\n' },
      { code: '{% load i18n webdesign %}', findings: 1, output: '{% load i18n %}' },
    ],
  },
};
export default rule;
