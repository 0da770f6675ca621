import { dedent, movedModuleRule, PythonRule } from '../shapes';
import { stringsStartingWith } from '../../engine/python-queries';

const oldModule = 'django.core.context_processors';
const newModule = 'django.template.context_processors';

const imports = movedModuleRule({
  id: 'core-context-processors',
  title: '`django.core.context_processors` → `django.template.context_processors`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds imports from `django.core.context_processors`, and, in settings modules, context processor paths under it (`"django.core.context_processors.request"`).',
    why: 'Django 1.8 moved the built-in context processors to `django.template.context_processors`; Django 1.10 removed the old module, so settings that name it fail when templates render.',
    fixSafety: 'Safe: the same functions under their new module (Django 1.8+).',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['core-context-processors'],
  oldModule,
  newModule,
  examples: {
    valid: [
      {
        code: dedent`
          from django.template.context_processors import csrf
        `,
      },
      {
        code: dedent`
          TEMPLATES = [{"OPTIONS": {"context_processors": ["django.template.context_processors.request"]}}]
        `,
        filename: 'mysite/settings.py',
      },
      {
        code: dedent`
          HELP = "django.core.context_processors.request"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.core.context_processors import csrf

          def view(request):
              return csrf(request)
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.core.context_processors` is deprecated since Django 1.8 and removed in 1.10: import from `django.template.context_processors`' },
        ],
        output: dedent`
          from django.template.context_processors import csrf

          def view(request):
              return csrf(request)
        `,
      },
      {
        code: dedent`
          TEMPLATE_CONTEXT_PROCESSORS = (
              "django.core.context_processors.debug",
              'django.core.context_processors.request',
              "myapp.context_processors.site",
          )
        `,
        filename: 'mysite/settings.py',
        errors: [
          { line: 2, column: 5, message: 'The context processor path `django.core.context_processors.debug` is deprecated since Django 1.8 and removed in 1.10: use `django.template.context_processors.debug`' },
          { line: 3, column: 5, message: 'The context processor path `django.core.context_processors.request` is deprecated since Django 1.8 and removed in 1.10: use `django.template.context_processors.request`' },
        ],
        output: dedent`
          TEMPLATE_CONTEXT_PROCESSORS = (
              "django.template.context_processors.debug",
              'django.template.context_processors.request',
              "myapp.context_processors.site",
          )
        `,
      },
    ],
  },
});

const rule: PythonRule = {
  ...imports,
  check(context) {
    imports.check(context);
    if (!context.fileKinds.has('settings')) return;
    // The trigger `context_processors` is a word of every such path.
    for (const { node, value } of stringsStartingWith(context, `${oldModule}.`)) {
      const at = node.text.indexOf(oldModule);
      context.report({
        node,
        subject: `The context processor path \`${value}\``,
        advice: `use \`${newModule}${value.slice(oldModule.length)}\``,
        fix: {
          title: `Use \`${newModule}\``,
          edits: [{ start: node.startIndex + at, end: node.startIndex + at + oldModule.length, text: newModule }],
        },
      });
    }
  },
};
export default rule;
