import { templateLoaders } from '../shapes/arguments';
import { classAssignments, isSelfOfSubclass, methodCalls, methodsOf, subclassesOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const oldMethods: Record<string, string> = {
  load_template: 'implement `get_template_sources()` and `get_contents()`; `Loader.get_template()` does the rest',
  load_template_source: 'implement `get_template_sources()` (yielding `Origin` objects) and `get_contents(origin)`',
};

export default definePythonRule({
  id: 'template-loader-old-api',
  title: 'Template loaders: `load_template()`, `load_template_source()`, `supports_recursion`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds custom template loaders (subclasses of Django\'s loaders) that define or call `load_template()` or `load_template_source()`, or set `supports_recursion`.',
    why: 'Django 1.9 introduced the loader API of `get_template_sources()`, `get_contents()` and `get_template()` (needed for recursive `{% extends %}`); 2.0 removed the old methods and the compatibility checks (`supports_recursion`).',
    fixSafety: 'No automatic fix: port the loader to `get_template_sources()` and `get_contents()`.',
  },
  fix: 'none',
  checklist: ['loader-load-template', 'loader-load-template-sources', 'loader-supports-recursion'],
  truth: {
    removed: [
      'django.template.loaders.base.Loader.load_template',
      'django.template.loaders.base.Loader.load_template_source',
      'django.template.loaders.base.Loader.supports_recursion',
    ],
    replacements: ['django.template.loaders.base.Loader.get_template_sources', 'django.template.loaders.base.Loader.get_template'],
  },
  triggers: ['load_template', 'load_template_source', 'supports_recursion'],
  check(context) {
    for (const classNode of subclassesOf(context, templateLoaders)) {
      for (const [name, advice] of Object.entries(oldMethods)) {
        for (const method of methodsOf(classNode, name)) {
          context.report({ node: method.nameNode, subject: `The template loader method \`${name}()\``, advice });
        }
      }
      for (const { left } of classAssignments(classNode, 'supports_recursion')) {
        context.report({ node: left, subject: '`Loader.supports_recursion`', advice: 'remove it and implement `get_template_sources()`/`get_contents()`' });
      }
      for (const method of methodsOf(classNode, 'supports_recursion')) {
        context.report({ node: method.nameNode, subject: '`Loader.supports_recursion`', advice: 'remove it and implement `get_template_sources()`/`get_contents()`' });
      }
    }
    for (const { call, receiver, name } of methodCalls(context, Object.keys(oldMethods))) {
      if (isSelfOfSubclass(context, receiver, templateLoaders)) {
        context.report({ node: call, subject: `The template loader method \`${name}()\``, advice: 'call `self.get_template(name)`, or iterate `get_template_sources()`' });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.template.loaders.base import Loader

          class DbLoader(Loader):
              def get_template_sources(self, template_name):
                  yield origin_for(template_name)

              def get_contents(self, origin):
                  return load(origin.name)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template.loaders.base import Loader

          class DbLoader(Loader):
              is_usable = True

              def load_template_source(self, template_name, template_dirs=None):
                  return load(template_name), template_name
        `,
        errors: [
          { line: 6, column: 9, message: 'The template loader method `load_template_source()` is deprecated since Django 1.9 and removed in 2.0: implement `get_template_sources()` (yielding `Origin` objects) and `get_contents(origin)`' },
        ],
      },
    ],
  },
});
