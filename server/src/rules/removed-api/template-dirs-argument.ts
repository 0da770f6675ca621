import { getTemplate, render, renderToResponse, renderToString, selectTemplate } from '../shapes/arguments';
import { dedent, keywordArgumentRule } from '../shapes';

const callees = [getTemplate, selectTemplate, render, renderToResponse, renderToString];

export default keywordArgumentRule({
  id: 'template-dirs-argument',
  title: '`get_template(dirs=…)` and friends',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds the `dirs` keyword of `get_template()`, `select_template()`, `render()`, `render_to_response()` and `render_to_string()`.',
    why: 'Template backends (Django 1.8) look templates up in the `DIRS` of the `TEMPLATES` setting; 1.10 removed the per-call `dirs`, so passing it raises `TypeError`.',
    fixSafety: 'No automatic fix: add the directories to `TEMPLATES[...]["DIRS"]`, or load from a dedicated `django.template.Engine(dirs=[...])`.',
  },
  fix: 'none',
  checklist: ['template-dirs-arg'],
  truth: { removedParameters: callees.map((symbol) => ({ symbol, name: 'dirs' })) },
  sites: { callees },
  keywords: [{ name: 'dirs', advice: 'add the directories to `DIRS` in the `TEMPLATES` setting, or use `django.template.Engine(dirs=[...]).get_template()`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.template.loader import get_template

          t = get_template("a.html")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template import loader

          t = loader.get_template("a.html", dirs=["/srv/templates"])
        `,
        errors: [
          { line: 3, column: 35, message: '`get_template(dirs=…)` is deprecated since Django 1.8 and removed in 1.10: add the directories to `DIRS` in the `TEMPLATES` setting, or use `django.template.Engine(dirs=[...]).get_template()`' },
        ],
      },
    ],
  },
});
