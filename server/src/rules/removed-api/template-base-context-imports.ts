import { releaseNotes } from '../docs-links';
import { dedent, movedNamesRule } from '../shapes';

const removed = ['Context', 'ContextPopException', 'RequestContext'];

export default movedNamesRule({
  triggersInCode: true,
  id: 'template-base-context-imports',
  title: '`Context` and friends from `django.template.base` → `django.template.context`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '3.1',
  docsUrl: releaseNotes('3.1', 'miscellaneous'),
  docs: {
    what: 'Finds `Context`, `ContextPopException` and `RequestContext` imported from `django.template.base`.',
    why: 'They live in `django.template.context`; `django.template.base` stopped re-exporting them in Django 3.1, so the import fails.',
    fixSafety: 'Safe: the same classes. `BaseContext`, which `django.template.base` still exports, moves along when it is imported in the same statement, as django-upgrade does.',
  },
  upstream: { djangoUpgrade: 'compatibility_imports' },
  fix: 'safe',
  fixMinVersion: '1.7',
  moveOptions: { style: 'django-upgrade', sortNames: true },
  names: [
    ...removed.map((name) => ({ old: `django.template.base.${name}`, replacement: `django.template.context.${name}` })),
    { old: 'django.template.base.BaseContext', replacement: 'django.template.context.BaseContext', report: false },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.template.context import Context, RequestContext
        `,
      },
      {
        code: dedent`
          from django.template.base import BaseContext, Template
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template.base import Context, Template, VariableDoesNotExist

          html = Template("{{ a }}").render(Context({"a": 1}))
        `,
        errors: [
          { line: 1, column: 34, message: '`django.template.base.Context` was removed in Django 3.1 without a deprecation period: use `django.template.context.Context`' },
          { line: 3, column: 35, message: '`django.template.base.Context` was removed in Django 3.1 without a deprecation period: use `django.template.context.Context`' },
        ],
        output: dedent`
          from django.template.context import Context
          from django.template.base import Template, VariableDoesNotExist

          html = Template("{{ a }}").render(Context({"a": 1}))
        `,
      },
      {
        code: dedent`
          from django.template.base import RequestContext, BaseContext
        `,
        errors: [
          { line: 1, column: 34, message: '`django.template.base.RequestContext` was removed in Django 3.1 without a deprecation period: use `django.template.context.RequestContext`' },
        ],
        output: dedent`
          from django.template.context import BaseContext, RequestContext
        `,
      },
    ],
  },
});
