import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { subclassesOf, isInstanceOf, methodsOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const loaderClasses = [/^django\.template\.loaders\.[\w.]+\.Loader$/, 'django.template.loader.BaseLoader'];

/** `for loader in engine.template_loaders:` binds `loader` to a loader. */
function isLoaderLoopVariable(context: PythonRuleContext, node: Node): boolean {
  const { scopes } = context;
  const binding = scopes.lookup(node.text, scopes.scopeAt(node.startIndex), node.startIndex);
  if (!binding || binding.importEntry) return false;
  const target = context.tree.rootNode.descendantForIndex(binding.start);
  const loop = target?.parent;
  if (!target || (loop?.type !== 'for_statement' && loop?.type !== 'for_in_clause')) return false;
  if (loop.childForFieldName('left')?.startIndex !== target.startIndex) return false;
  return /(^|\.)template_loaders$/.test(loop.childForFieldName('right')?.text.replace(/\s+/g, '') ?? '');
}

function isLoader(context: PythonRuleContext, callee: Node): boolean {
  if (callee.type === 'identifier') return isInstanceOf(context, callee, loaderClasses) || isLoaderLoopVariable(context, callee);
  if (callee.type === 'call') {
    const inner = callee.childForFieldName('function');
    return isInstanceOf(context, callee, loaderClasses) || (inner?.type === 'attribute' && inner.childForFieldName('attribute')?.text === 'find_template_loader');
  }
  return false;
}

const advice = 'call `loader.get_template(name)`, which returns the template (not a `(template, origin)` tuple)';

const rule: PythonRule = {
  id: 'template-loader-called',
  title: 'Calling a template loader (`loader(name)`) → `loader.get_template(name)`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.9'),
  docs: {
    what:
      'Finds calls of a template loader object: one the file creates from a class of `django.template.loaders`, the loop variable over ' +
      '`engine.template_loaders`, or `engine.find_template_loader(...)(...)`; and `__call__` overridden in a loader subclass.',
    why: 'Django 1.9 reworked template loaders around `get_template()`; calling a loader (which ran `load_template()`) was deprecated and Django 2.0 removed `Loader.__call__()`.',
    fixSafety: 'No fix: `get_template()` returns the template alone and takes no `template_dirs`, so the caller changes.',
  },
  fix: 'none',
  checklist: ['loader-call'],
  truth: { removed: ['django.template.loaders.base.Loader.__call__'], replacements: ['django.template.loaders.base.Loader.get_template'] },
  check(context) {
    for (const call of context.tree.rootNode.descendantsOfType('call')) {
      if (!call) continue;
      const callee = call.childForFieldName('function');
      if (!callee || (callee.type !== 'identifier' && callee.type !== 'call') || !isLoader(context, callee)) continue;
      context.report({ node: call, subject: 'Calling a template loader', advice });
    }
    for (const cls of subclassesOf(context, loaderClasses)) {
      for (const { nameNode, name } of methodsOf(cls)) {
        if (name === '__call__') context.report({ node: nameNode, subject: '`Loader.__call__()`, overridden here,', advice: 'implement `get_template()`/`get_template_sources()` instead' });
      }
    }
  },
  examples: {
    valid: [{ code: 'def find(engine, name):\n    for loader in engine.template_loaders:\n        return loader.get_template(name)\n' }, { code: 'for loader in loaders:\n    loader(name)\n' }],
    invalid: [
      {
        code:
          'from django.template.loaders import filesystem\n\ndef find(engine, name):\n    for loader in engine.template_loaders:\n        template, origin = loader(name)\n' +
          '    fs = filesystem.Loader(engine)\n    return fs(name)\n',
        findings: 2,
      },
    ],
  },
};
export default rule;
