import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'template-loader-baseloader',
  title: '`django.template.loader.BaseLoader` → `django.template.loaders.base.Loader`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `BaseLoader` imported from `django.template.loader`, usually as the base class of a custom template loader.',
    why: 'It was an alias of `django.template.loaders.base.Loader`; Django 1.8 deprecated it and 1.10 removed it.',
    fixSafety: 'Safe: imports the class it aliased (Django 1.8+).',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['template-loader-baseloader'],
  names: [{ old: 'django.template.loader.BaseLoader', replacement: 'django.template.loaders.base.Loader', subject: '`django.template.loader.BaseLoader`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.template.loaders.base import Loader

          class MyLoader(Loader):
              pass
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template.loader import BaseLoader, get_template

          class MyLoader(BaseLoader):
              is_usable = True
        `,
        errors: [
          { line: 1, column: 36, message: '`django.template.loader.BaseLoader` is deprecated since Django 1.8 and removed in 1.10: use `django.template.loaders.base.Loader`' },
          { line: 3, column: 16, message: '`django.template.loader.BaseLoader` is deprecated since Django 1.8 and removed in 1.10: use `django.template.loaders.base.Loader`' },
        ],
        output: dedent`
          from django.template.loader import get_template
          from django.template.loaders.base import Loader

          class MyLoader(Loader):
              is_usable = True
        `,
      },
      {
        code: dedent`
          from django.template import TemplateDoesNotExist, loader


          class DatabaseLoader(loader.BaseLoader):
              is_usable = True

              def load_template_source(self, template_name, template_dirs=None):
                  raise TemplateDoesNotExist(template_name)
        `,
        errors: [
          { line: 4, column: 22, message: '`django.template.loader.BaseLoader` is deprecated since Django 1.8 and removed in 1.10: use `django.template.loaders.base.Loader`' },
        ],
        output: dedent`
          from django.template import TemplateDoesNotExist
          from django.template.loaders.base import Loader


          class DatabaseLoader(Loader):
              is_usable = True

              def load_template_source(self, template_name, template_dirs=None):
                  raise TemplateDoesNotExist(template_name)
        `,
      },
    ],
  },
});
