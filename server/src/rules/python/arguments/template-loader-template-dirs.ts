import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { templateLoaders } from '../../shapes/arguments';
import { callArguments, classOfMethod, derivesFrom, isSelfOfSubclass, methodCalls, parametersOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const methods = ['get_template_sources', 'get_template', 'load_template', 'load_template_source', 'find_template'];

const rule: PythonRule = {
  id: 'template-loader-template-dirs',
  title: '`template_dirs` of template loader methods',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what: 'Finds the `template_dirs` parameter in methods of custom template loaders (`get_template_sources()`, `get_template()`, …) and `template_dirs=` passed to them on `self`.',
    why: 'Django 1.9 deprecated passing directories to loaders (they come from the engine\'s `dirs`); 2.0 removed the argument, so Django no longer passes it and calls that pass it raise `TypeError`.',
    fixSafety: 'No automatic fix: use `self.get_dirs()` (filesystem loaders) or `self.engine.dirs` inside the loader.',
  },
  fix: 'none',
  checklist: ['loader-template-dirs-arg'],
  truth: { removedParameters: [{ symbol: 'django.template.loaders.base.Loader.get_template', name: 'template_dirs' }] },
  check(context: PythonRuleContext) {
    for (const fn of context.tree.rootNode.descendantsOfType('function_definition')) {
      const name = fn?.childForFieldName('name')?.text;
      if (!fn || !name || !methods.includes(name)) continue;
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
    valid: [{ code: 'from django.template.loaders.filesystem import Loader\n\nclass L(Loader):\n    def get_template_sources(self, template_name):\n        return super().get_template_sources(template_name)\n' }],
    invalid: [{
      code: 'from django.template.loaders.filesystem import Loader\n\nclass L(Loader):\n    def get_template_sources(self, template_name, template_dirs=None):\n        return super(L, self).get_template_sources(template_name, template_dirs=template_dirs)\n',
      findings: 2,
    }],
  },
};
export default rule;
