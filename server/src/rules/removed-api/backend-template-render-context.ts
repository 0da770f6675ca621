import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import type { TextEdit } from '../../engine/types';
import { contextObject, getTemplate, selectTemplate } from '../shapes/arguments';
import { callArguments, callsTo, enclosingFunction, identifiersSpelled, methodCalls, namesAny } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

const loaders = [getTemplate, selectTemplate];

/**
 * Whether `receiver` is a backend template: `get_template(...)` itself, or a name that the same
 * function (or the module) assigns only from `get_template()`/`select_template()`.
 */
function isBackendTemplate(context: PythonRuleContext, receiver: Node): boolean {
  if (receiver.type === 'call') return isLoaderCall(context, receiver);
  if (receiver.type !== 'identifier') return false;
  const scope = enclosingFunction(receiver);
  const assignments = identifiersSpelled(context, receiver.text)
    .map((identifier) => identifier.parent)
    .filter((assignment): assignment is Node =>
      assignment?.type === 'assignment' && assignment.childForFieldName('left')?.type === 'identifier' && assignment.childForFieldName('left')?.text === receiver.text &&
      enclosingFunction(assignment)?.startIndex === scope?.startIndex);
  return assignments.length > 0 && assignments.every((assignment) => {
    const right = assignment.childForFieldName('right');
    return right !== null && isLoaderCall(context, right);
  });
}

function isLoaderCall(context: PythonRuleContext, node: Node): boolean {
  return node.type === 'call' && namesAny(context.scopes.qualifiedNameOf(node.childForFieldName('function')), loaders);
}

export default definePythonRule({
  id: 'backend-template-render-context',
  title: '`get_template(…).render(Context(…))` → `.render(dict, request)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `Context(…)` or `RequestContext(…)` passed to `render()` of templates from `django.template.loader.get_template()`/`select_template()` (directly, or through a name assigned in the same function).',
    why: 'From Django 1.8 these are backend templates, whose `render()` takes a dict and the request; 1.10 raises `TypeError` for a `Context`. (`django.template.Template` from `Engine` still takes a `Context` and is not reported.)',
    fixSafety: 'Safe: `Context(d)` becomes `d`, `RequestContext(request, d)` becomes `d, request=request`. Other forms are only reported.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['backend-template-render-context'],
  truth: { replacements: ['django.template.backends.django.Template.render'], note: 'the type of an argument changed, not a name' },
  triggers: ['get_template', 'select_template'],
  check(context) {
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
      {
        code: dedent`
          from django.template import Context, Template

          html = Template("{{ a }}").render(Context({"a": 1}))
        `,
      },
      {
        code: dedent`
          from django.template.loader import get_template

          def view(request):
              return get_template("a.html").render({"a": 1}, request)
        `,
      },
      {
        code: dedent`
          from django.template import Context, Engine, TemplateDoesNotExist, loader

          def page(request):
              try:
                  t = loader.get_template("404.html")
              except TemplateDoesNotExist:
                  t = Engine().from_string("Not found")
                  return t.render(Context({}))
              return t.render({}, request)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template import Context, RequestContext
          from django.template.loader import get_template

          def view(request):
              template = get_template("a.html")
              page = template.render(RequestContext(request, {"a": 1}))
              mail = get_template("m.txt").render(Context({"b": 2}))
        `,
        errors: [
          { line: 6, column: 28, message: 'A `RequestContext` passed to a backend template\'s `render()` is deprecated since Django 1.8 and removed in 1.10: pass a dict, and the request as `request`' },
          { line: 7, column: 41, message: 'A `Context` passed to a backend template\'s `render()` is deprecated since Django 1.8 and removed in 1.10: pass a dict, and the request as `request`' },
        ],
        output: dedent`
          from django.template import Context, RequestContext
          from django.template.loader import get_template

          def view(request):
              template = get_template("a.html")
              page = template.render({"a": 1}, request=request)
              mail = get_template("m.txt").render({"b": 2})
        `,
      },
      {
        code: dedent`
          from django.http import HttpResponse
          from django.template import Context
          from django.template.loader import select_template


          def invoice(request, order):
              template = select_template(["invoices/%s.html" % order.shop.slug, "invoices/default.html"])
              return HttpResponse(template.render(Context({"order": order})))
        `,
        errors: [
          { line: 8, column: 41, message: 'A `Context` passed to a backend template\'s `render()` is deprecated since Django 1.8 and removed in 1.10: pass a dict, and the request as `request`' },
        ],
        output: dedent`
          from django.http import HttpResponse
          from django.template import Context
          from django.template.loader import select_template


          def invoice(request, order):
              template = select_template(["invoices/%s.html" % order.shop.slug, "invoices/default.html"])
              return HttpResponse(template.render({"order": order}))
        `,
      },
    ],
  },
});
