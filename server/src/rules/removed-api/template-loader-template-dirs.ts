import { templateLoaders } from '../shapes/arguments';
import { callArguments, classOfMethod, derivesFrom, functionsNamed, isSelfOfSubclass, methodCalls, parametersOf } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const methods = ['get_template_sources', 'get_template', 'load_template', 'load_template_source', 'find_template'];

export default definePythonRule({
  id: 'template-loader-template-dirs',
  title: '`template_dirs` of template loader methods',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  docs: {
    what: 'Finds the `template_dirs` parameter in methods of custom template loaders (`get_template_sources()`, `get_template()`, …) and `template_dirs=` passed to them on `self`.',
    why: 'Django 1.9 deprecated passing directories to loaders (they come from the engine\'s `dirs`); 2.0 removed the argument, so Django no longer passes it and calls that pass it raise `TypeError`.',
    fixSafety: 'No automatic fix: use `self.get_dirs()` (filesystem loaders) or `self.engine.dirs` inside the loader.',
  },
  fix: 'none',
  checklist: ['loader-template-dirs-arg'],
  truth: { removedParameters: [{ symbol: 'django.template.loaders.base.Loader.get_template', name: 'template_dirs' }] },
  triggers: ['template_dirs'],
  check(context) {
    for (const fn of functionsNamed(context, methods)) {
      const name = fn.childForFieldName('name')!.text;
      const classNode = classOfMethod(fn);
      if (!classNode || !derivesFrom(context, classNode, templateLoaders)) continue;
      const parameter = parametersOf(fn).find((p) => p.name === 'template_dirs');
      if (parameter) context.report({ node: parameter.node, subject: `The \`template_dirs\` parameter of \`${name}()\``, advice: 'remove it; use `self.get_dirs()` or `self.engine.dirs`' });
    }
    for (const { call, receiver, name } of methodCalls(context, methods)) {
      const argument = callArguments(call).keywords.get('template_dirs');
      if (argument && isSelfOfSubclass(context, receiver, templateLoaders)) {
        context.report({ node: argument, subject: `\`${name}(template_dirs=…)\``, advice: 'remove it; loaders read the directories from their engine' });
      }
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.template.loaders.filesystem import Loader

          class L(Loader):
              def get_template_sources(self, template_name):
                  return super().get_template_sources(template_name)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template.loaders.filesystem import Loader

          class L(Loader):
              def get_template_sources(self, template_name, template_dirs=None):
                  return super(L, self).get_template_sources(template_name, template_dirs=template_dirs)
        `,
        errors: [
          { line: 4, column: 51, message: 'The `template_dirs` parameter of `get_template_sources()` is deprecated since Django 1.9 and removed in 2.0: remove it; use `self.get_dirs()` or `self.engine.dirs`' },
          { line: 5, column: 67, message: '`get_template_sources(template_dirs=…)` is deprecated since Django 1.9 and removed in 2.0: remove it; loaders read the directories from their engine' },
        ],
      },
    ],
  },
});
