import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'template-get-library',
  title: '`django.template.get_library()` → the engine\'s `template_libraries`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `get_library()` from `django.template` and `django.template.base`.',
    why: 'Django 1.8 stopped exporting `get_library` from `django.template` and 1.9 removed it from `django.template.base` when template libraries became per engine, without a deprecation period: the import fails.',
  },
  fix: 'none',
  // `django.template` stopped re-exporting it in 1.8 already: the claim is about `django.template.base`.
  truth: { removed: ['django.template.base.get_library'] },
  names: [
    { old: 'django.template.base.get_library', subject: '`get_library()`', advice: 'look the library up in `Engine.get_default().template_libraries` (Django 1.9+)' },
    { old: 'django.template.get_library', subject: '`get_library()`', advice: 'look the library up in `Engine.get_default().template_libraries` (Django 1.9+)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.template import Engine

          library = Engine.get_default().template_libraries["humanize"]
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template import get_library


          def tags_of(name):
              return sorted(get_library(name).tags)
        `,
        errors: [
          { line: 1, column: 29, message: '`get_library()` was removed in Django 1.9 without a deprecation period: look the library up in `Engine.get_default().template_libraries` (Django 1.9+)' },
          { line: 5, column: 19, message: '`get_library()` was removed in Django 1.9 without a deprecation period: look the library up in `Engine.get_default().template_libraries` (Django 1.9+)' },
        ],
      },
      {
        code: dedent`
          from django.template import base


          def filters_of(name):
              return base.get_library(name).filters
        `,
        errors: [
          { line: 5, column: 12, message: '`get_library()` was removed in Django 1.9 without a deprecation period: look the library up in `Engine.get_default().template_libraries` (Django 1.9+)' },
        ],
      },
    ],
  },
});
