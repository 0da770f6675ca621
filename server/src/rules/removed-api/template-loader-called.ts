import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { attributeAccesses, identifiersSpelled, isInstanceOf, methodsOf, namesAny, sameNode, subclassesOf, unparenthesized } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

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

/** `node(…)`: the call whose function is `node`, or null. */
function calledAt(node: Node): Node | null {
  const call = node.parent;
  return call?.type === 'call' && sameNode(call.childForFieldName('function'), node) ? call : null;
}

/** Calls of the names a loop over `….template_loaders` or `name = <loader>` binds, and of loaders created in place. */
function candidateCalls(context: PythonRuleContext): Node[] {
  const calls: Node[] = [];
  const callsOfName = (name: Node | null | undefined) => {
    if (name?.type !== 'identifier') return;
    for (const use of identifiersSpelled(context, name.text)) {
      const call = calledAt(use);
      if (call) calls.push(call);
    }
  };
  // `for loader in engine.template_loaders:`
  for (const word of identifiersSpelled(context, 'template_loaders')) {
    let loop: Node | null = word.parent;
    while (loop && loop.type !== 'for_statement' && loop.type !== 'for_in_clause' && loop.type !== 'block' && loop.type !== 'module') loop = loop.parent;
    if (loop?.type === 'for_statement' || loop?.type === 'for_in_clause') callsOfName(loop.childForFieldName('left'));
  }
  // `Loader(engine)` and `engine.find_template_loader(name)`: called in place, or bound to a name.
  const created: Node[] = [];
  for (const reference of context.scopes.references) {
    if (!namesAny(reference.qualifiedName, loaderClasses)) continue;
    const call = calledAt(reference.node);
    if (call) created.push(call);
  }
  for (const attribute of attributeAccesses(context, 'find_template_loader')) {
    const call = calledAt(attribute);
    if (call) created.push(call);
  }
  for (const loader of created) {
    const call = calledAt(loader);
    if (call) calls.push(call);
    let value = loader;
    while (value.parent?.type === 'parenthesized_expression') value = value.parent;
    const assignment = value.parent;
    if (assignment?.type === 'assignment' && sameNode(unparenthesized(assignment.childForFieldName('right')), loader)) callsOfName(assignment.childForFieldName('left'));
  }
  return [...new Map(calls.map((call) => [`${call.startIndex}:${call.endIndex}`, call])).values()];
}

const advice = 'call `loader.get_template(name)`, which returns the template (not a `(template, origin)` tuple)';

export default definePythonRule({
  id: 'template-loader-called',
  title: 'Calling a template loader (`loader(name)`) → `loader.get_template(name)`',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '2.0',
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
  triggers: ['loaders', 'BaseLoader', 'template_loaders', 'find_template_loader'],
  check(context) {
    for (const call of candidateCalls(context)) {
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
    valid: [
      {
        code: dedent`
          def find(engine, name):
              for loader in engine.template_loaders:
                  return loader.get_template(name)
        `,
      },
      {
        code: dedent`
          for loader in loaders:
              loader(name)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template.loaders import filesystem

          def find(engine, name):
              for loader in engine.template_loaders:
                  template, origin = loader(name)
              fs = filesystem.Loader(engine)
              return fs(name)
        `,
        errors: [
          { line: 5, column: 28, message: 'Calling a template loader is deprecated since Django 1.9 and removed in 2.0: call `loader.get_template(name)`, which returns the template (not a `(template, origin)` tuple)' },
          { line: 7, column: 12, message: 'Calling a template loader is deprecated since Django 1.9 and removed in 2.0: call `loader.get_template(name)`, which returns the template (not a `(template, origin)` tuple)' },
        ],
      },
    ],
  },
});
