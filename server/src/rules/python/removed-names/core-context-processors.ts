import { deprecationNotes } from '../../docs-links';
import { stringValue } from '../../../engine/python-queries';
import { movedModuleRule, PythonRule } from '../../shapes';

const oldModule = 'django.core.context_processors';
const newModule = 'django.template.context_processors';

const imports = movedModuleRule({
  id: 'core-context-processors',
  title: '`django.core.context_processors` → `django.template.context_processors`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docsUrl: deprecationNotes('1.8'),
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
      { code: 'from django.template.context_processors import csrf\n' },
      { code: 'TEMPLATES = [{"OPTIONS": {"context_processors": ["django.template.context_processors.request"]}}]\n', filename: 'mysite/settings.py' },
      { code: 'HELP = "django.core.context_processors.request"\n' },
    ],
    invalid: [
      {
        code: 'from django.core.context_processors import csrf\n\ndef view(request):\n    return csrf(request)\n',
        findings: 1,
        output: 'from django.template.context_processors import csrf\n\ndef view(request):\n    return csrf(request)\n',
      },
      {
        code: 'TEMPLATE_CONTEXT_PROCESSORS = (\n    "django.core.context_processors.debug",\n    \'django.core.context_processors.request\',\n    "myapp.context_processors.site",\n)\n',
        filename: 'mysite/settings.py',
        findings: 2,
        output: 'TEMPLATE_CONTEXT_PROCESSORS = (\n    "django.template.context_processors.debug",\n    \'django.template.context_processors.request\',\n    "myapp.context_processors.site",\n)\n',
      },
    ],
  },
});

const rule: PythonRule = {
  ...imports,
  check(context) {
    imports.check(context);
    if (!context.fileKinds.has('settings')) return;
    for (const node of context.tree.rootNode.descendantsOfType('string')) {
      const value = stringValue(node);
      if (!node || value === null || !value.startsWith(`${oldModule}.`)) continue;
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
