import { removeLoadArguments, tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

export default defineTemplateRule({
  id: 'template-load-webdesign',
  title: 'Remove `{% load webdesign %}`',
  category: 'templates',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `{% load webdesign %}`.',
    why: 'Django 1.8 made `{% lorem %}` a built-in tag and deprecated `django.contrib.webdesign`; 1.10 removed it, so loading the library fails.',
    fixSafety: 'Safe: removes the library from the `{% load %}` (the whole tag when it was the only one). Also remove `django.contrib.webdesign` from `INSTALLED_APPS`.',
  },
  fix: 'safe',
  checklist: ['contrib-webdesign'],
  truth: { removed: ['django.contrib.webdesign'], replacements: ['django.template.defaulttags.lorem'] },
  triggers: ['webdesign'],
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
    valid: [
      {
        code: dedent`
          {% lorem 2 p %}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% load webdesign %}
          {% lorem 2 p %}
        `,
        errors: [
          { line: 1, column: 9, message: 'The `webdesign` template tag library is deprecated since Django 1.8 and removed in 1.10: remove it: `{% lorem %}` is built in' },
        ],
        output: dedent`
          {% lorem 2 p %}
        `,
      },
      {
        code: dedent`
          {% load i18n webdesign %}`,
        errors: [
          { line: 1, column: 14, message: 'The `webdesign` template tag library is deprecated since Django 1.8 and removed in 1.10: remove it: `{% lorem %}` is built in' },
        ],
        output: dedent`
          {% load i18n %}`,
      },
    ],
  },
});
