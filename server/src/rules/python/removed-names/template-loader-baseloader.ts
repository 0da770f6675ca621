import { deprecationNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

export default movedNamesRule({
  id: 'template-loader-baseloader',
  title: '`django.template.loader.BaseLoader` → `django.template.loaders.base.Loader`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docsUrl: deprecationNotes('1.8'),
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
    valid: [{ code: 'from django.template.loaders.base import Loader\n\nclass MyLoader(Loader):\n    pass\n' }],
    invalid: [
      {
        code: 'from django.template.loader import BaseLoader, get_template\n\nclass MyLoader(BaseLoader):\n    is_usable = True\n',
        findings: 2,
        output: 'from django.template.loader import get_template\nfrom django.template.loaders.base import Loader\n\nclass MyLoader(Loader):\n    is_usable = True\n',
      },
    ],
  },
});
