import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'contrib-markup',
  title: '`django.contrib.markup` → a Markdown/reST library',
  category: 'removed-api',
  deprecatedIn: '1.5',
  removedIn: '1.6',
  docs: {
    what: 'Finds imports of `django.contrib.markup` (and `{% load markup %}` needs the same change in templates).',
    why: 'Django 1.5 deprecated the `markdown`, `textile` and `restructuredtext` filters (their libraries had security problems); Django 1.6 removed the app.',
  },
  fix: 'none',
  modules: [
    { module: 'django.contrib.markup', advice: 'call a Markdown or reST library from a template filter of your own (remove `django.contrib.markup` from `INSTALLED_APPS`)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          import markdown
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.markup.templatetags.markup import markdown
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.contrib.markup` is deprecated since Django 1.5 and removed in 1.6: call a Markdown or reST library from a template filter of your own (remove `django.contrib.markup` from `INSTALLED_APPS`)' },
        ],
      },
    ],
  },
});
