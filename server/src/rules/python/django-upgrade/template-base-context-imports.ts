import { releaseNotes } from '../../docs-links';
import { movedNamesRule } from '../../shapes';

const removed = ['Context', 'ContextPopException', 'RequestContext'];

export default movedNamesRule({
  id: 'template-base-context-imports',
  title: '`Context` and friends from `django.template.base` → `django.template.context`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docsUrl: releaseNotes('3.1', 'miscellaneous'),
  docs: {
    what: 'Finds `Context`, `ContextPopException` and `RequestContext` imported from `django.template.base` (django-upgrade: `compatibility_imports`).',
    why: 'They live in `django.template.context`; `django.template.base` stopped re-exporting them in Django 3.1, so the import fails.',
    fixSafety: 'Safe: the same classes. `BaseContext`, which `django.template.base` still exports, moves along when it is imported in the same statement, as django-upgrade does.',
  },
  fix: 'safe',
  fixMinVersion: '1.7',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [
    ...removed.map((name) => ({ old: `django.template.base.${name}`, replacement: `django.template.context.${name}` })),
    { old: 'django.template.base.BaseContext', replacement: 'django.template.context.BaseContext', report: false },
  ],
  examples: {
    valid: [
      { code: 'from django.template.context import Context, RequestContext\n' },
      { code: 'from django.template.base import BaseContext, Template\n' },
    ],
    invalid: [{
      code: 'from django.template.base import Context, Template, VariableDoesNotExist\n\nhtml = Template("{{ a }}").render(Context({"a": 1}))\n',
      findings: 2,
      output: 'from django.template.context import Context\nfrom django.template.base import Template, VariableDoesNotExist\n\nhtml = Template("{{ a }}").render(Context({"a": 1}))\n',
    }, {
      code: 'from django.template.base import RequestContext, BaseContext\n',
      findings: 1,
      output: 'from django.template.context import BaseContext, RequestContext\n',
    }],
  },
});
