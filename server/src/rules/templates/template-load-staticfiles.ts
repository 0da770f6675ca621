import type { TextEdit } from '../../engine/types';
import { replaceNode } from '../../engine/python-edits';
import { removeLoadArguments, tagArguments, tagsNamed } from '../../engine/template-queries';
import { dedent, defineTemplateRule } from '../shapes';

const oldLibraries = ['staticfiles', 'admin_static'];

export default defineTemplateRule({
  id: 'template-load-staticfiles',
  title: '`{% load staticfiles %}`/`{% load admin_static %}` → `{% load static %}`',
  category: 'templates',
  deprecatedIn: '2.1',
  removedIn: '3.0',
  docs: {
    what: 'Finds the `staticfiles` and `admin_static` template tag libraries in `{% load %}` tags.',
    why: 'Since Django 1.10 the built-in `static` library does the same; 3.0 removed the old libraries, so templates that load them fail to compile.',
    fixSafety: 'Safe: `{% static %}` from the `static` library uses the staticfiles storage since Django 1.10.',
  },
  fix: 'safe',
  checklist: ['load-staticfiles', 'load-admin-static'],
  fixMinVersion: '1.10',
  truth: { removed: ['django.contrib.staticfiles.templatetags.staticfiles', 'django.contrib.admin.templatetags.admin_static'], replacements: ['django.templatetags.static.static'] },
  upstream: { djade: 'migrate_static_load_tags' },
  triggers: oldLibraries,
  check(context) {
    for (const tag of tagsNamed(context, ['load'])) {
      const args = tagArguments(tag);
      const fromIndex = args.findIndex((a) => a.text === 'from');
      // `{% load static from staticfiles %}` names the library after "from"; otherwise every argument is one.
      const libraries = fromIndex >= 0 ? args.slice(fromIndex + 1) : args;
      const old = libraries.filter((a) => oldLibraries.includes(a.text));
      if (old.length === 0) continue;
      const hasStatic = fromIndex < 0 && args.some((a) => a.text === 'static');
      let edits: TextEdit[];
      if (fromIndex >= 0) edits = old.map((a) => replaceNode(a, 'static'));
      else if (hasStatic) edits = removeLoadArguments(context.text, tag, old);
      else edits = [replaceNode(old[0], 'static'), ...(old.length > 1 ? removeLoadArguments(context.text, tag, old.slice(1)) : [])];
      for (const library of old) {
        context.report({
          node: library,
          subject: `The \`${library.text}\` template tag library`,
          advice: 'use `{% load static %}`',
          fix: { title: 'Load `static` instead', edits },
        });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          {% load static %}<img src="{% static "a.png" %}">
        `,
      },
      {
        code: dedent`
          {% comment %}{% load staticfiles %}{% endcomment %}{# {% load staticfiles %} #}
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          {% load staticfiles %}
          <img src="{% static "a.png" %}">
        `,
        errors: [
          { line: 1, column: 9, message: 'The `staticfiles` template tag library is deprecated since Django 2.1 and removed in 3.0: use `{% load static %}`' },
        ],
        output: dedent`
          {% load static %}
          <img src="{% static "a.png" %}">
        `,
      },
      {
        code: dedent`
          {% load i18n admin_static %}
        `,
        errors: [
          { line: 1, column: 14, message: 'The `admin_static` template tag library is deprecated since Django 2.1 and removed in 3.0: use `{% load static %}`' },
        ],
        output: dedent`
          {% load i18n static %}
        `,
      },
      {
        code: dedent`
          {% load static staticfiles i18n %}
        `,
        errors: [
          { line: 1, column: 16, message: 'The `staticfiles` template tag library is deprecated since Django 2.1 and removed in 3.0: use `{% load static %}`' },
        ],
        output: dedent`
          {% load static i18n %}
        `,
      },
      {
        code: dedent`
          {% load static from staticfiles %}
        `,
        errors: [
          { line: 1, column: 21, message: 'The `staticfiles` template tag library is deprecated since Django 2.1 and removed in 3.0: use `{% load static %}`' },
        ],
        output: dedent`
          {% load static from static %}
        `,
      },
    ],
  },
});
