import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import type { TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { contextObject } from '../../shapes/arguments';
import { getTemplate, selectTemplate } from '../../shapes/arguments';
import { callArguments, callsTo, enclosingFunction, methodCalls, namesAny } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const loaders = [getTemplate, selectTemplate];

/**
 * Whether `receiver` is a backend template: `get_template(...)` itself, or a name that the same
 * function (or the module) assigns only from `get_template()`/`select_template()`.
 */
function isBackendTemplate(context: PythonRuleContext, receiver: Node): boolean {
  if (receiver.type === 'call') return isLoaderCall(context, receiver);
  if (receiver.type !== 'identifier') return false;
  const scope = enclosingFunction(receiver);
  const container = scope ?? context.tree.rootNode;
  const assignments = container.descendantsOfType('assignment').filter((assignment): assignment is Node =>
    assignment !== null && assignment.childForFieldName('left')?.type === 'identifier' && assignment.childForFieldName('left')?.text === receiver.text &&
    enclosingFunction(assignment)?.startIndex === scope?.startIndex);
  return assignments.length > 0 && assignments.every((assignment) => {
    const right = assignment.childForFieldName('right');
    return right !== null && isLoaderCall(context, right);
  });
}

function isLoaderCall(context: PythonRuleContext, node: Node): boolean {
  return node.type === 'call' && namesAny(context.scopes.qualifiedNameOf(node.childForFieldName('function')), loaders);
}

const rule: PythonRule = {
  id: 'backend-template-render-context',
  title: '`get_template(…).render(Context(…))` → `.render(dict, request)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `Context(…)` or `RequestContext(…)` passed to `render()` of templates from `django.template.loader.get_template()`/`select_template()` (directly, or through a name assigned in the same function).',
    why: 'From Django 1.8 these are backend templates, whose `render()` takes a dict and the request; 1.10 raises `TypeError` for a `Context`. (`django.template.Template` from `Engine` still takes a `Context` and is not reported.)',
    fixSafety: 'Safe: `Context(d)` becomes `d`, `RequestContext(request, d)` becomes `d, request=request`. Other forms are only reported.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['backend-template-render-context'],
  truth: { replacements: ['django.template.backends.django.Template.render'], note: 'the type of an argument changed, not a name' },
  check(context: PythonRuleContext) {
    if (callsTo(context, loaders).length === 0) return;
    for (const { call, receiver } of methodCalls(context, ['render'])) {
      if (!isBackendTemplate(context, receiver)) continue;
      const { list, positional, keywords } = callArguments(call);
      const argument = positional[0] ?? keywords.get('context')?.childForFieldName('value');
      if (!list || !argument || positional.length > 1 || keywords.has('request')) continue;
      const object = contextObject(context, argument);
      if (!object) continue;
      let edits: TextEdit[] | null = null;
      if (object.simple && positional[0] === argument) {
        const pieces = [object.dict?.text, object.request ? `request=${object.request.text}` : undefined].filter((p): p is string => p !== undefined);
        edits = [{ start: argument.startIndex, end: argument.endIndex, text: pieces.join(', ') }];
      }
      context.report({
        node: argument,
        subject: `A \`${object.kind}\` passed to a backend template's \`render()\``,
        advice: 'pass a dict, and the request as `request`',
        fix: edits ? { title: 'Pass a dict and the request', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      { code: 'from django.template import Context, Template\n\nhtml = Template("{{ a }}").render(Context({"a": 1}))\n' },
      { code: 'from django.template.loader import get_template\n\ndef view(request):\n    return get_template("a.html").render({"a": 1}, request)\n' },
      { code: 'from django.template import Context, Engine, TemplateDoesNotExist, loader\n\ndef page(request):\n    try:\n        t = loader.get_template("404.html")\n    except TemplateDoesNotExist:\n        t = Engine().from_string("Not found")\n        return t.render(Context({}))\n    return t.render({}, request)\n' },
    ],
    invalid: [{
      code: 'from django.template import Context, RequestContext\nfrom django.template.loader import get_template\n\ndef view(request):\n    template = get_template("a.html")\n    page = template.render(RequestContext(request, {"a": 1}))\n    mail = get_template("m.txt").render(Context({"b": 2}))\n',
      findings: 2,
      output: 'from django.template import Context, RequestContext\nfrom django.template.loader import get_template\n\ndef view(request):\n    template = get_template("a.html")\n    page = template.render({"a": 1}, request=request)\n    mail = get_template("m.txt").render({"b": 2})\n',
    }],
  },
};
export default rule;
