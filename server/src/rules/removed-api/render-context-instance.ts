import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { removeElement } from '../../engine/python-edits';
import { render, renderToResponse, renderToString, requestContext } from '../shapes/arguments';
import { callArguments, namesAny } from '../../engine/python-queries';
import { dedent, keywordArgumentRule } from '../shapes';

/** The request of a `RequestContext(request)` value with no other argument, or null. */
function requestOf(context: PythonRuleContext, value: Node): Node | null {
  if (value.type !== 'call' || !namesAny(context.scopes.qualifiedNameOf(value.childForFieldName('function')), [requestContext])) return null;
  const { positional, keywords, hasSplat } = callArguments(value);
  return positional.length === 1 && keywords.size === 0 && !hasSplat ? positional[0] : null;
}

export default keywordArgumentRule({
  id: 'render-context-instance',
  title: 'Drop `context_instance=` of `render()`/`render_to_string()`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds the `context_instance` keyword of `render()`, `render_to_response()` and `render_to_string()`.',
    why: 'Django 1.8 templates take a dict and the request instead of a `Context`; 1.10 removed `context_instance`, so passing it raises `TypeError`.',
    fixSafety:
      'Safe where it is exact: `render(request, …, context_instance=RequestContext(request))` drops the argument (`render()` already uses the request) ' +
      'and `render_to_string(…, context_instance=RequestContext(request))` passes `request=request` (Django 1.8+). Other values are only reported: ' +
      'move their variables into the context dict. `render_to_response()` is fixed by first turning it into `render()` (rule `shortcuts-render-to-response`).',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['render-context-instance-arg'],
  truth: {
    removedParameters: [
      { symbol: render, name: 'context_instance' },
      { symbol: renderToResponse, name: 'context_instance' },
      { symbol: renderToString, name: 'context_instance' },
    ],
  },
  sites: { callees: [render, renderToResponse, renderToString] },
  keywords: [{
    name: 'context_instance',
    advice: 'pass a dict as `context` and the request as `request` (`render()` takes it first)',
    replace(context, { call, argument, value, keywords }) {
      const request = requestOf(context, value);
      const list = call.childForFieldName('arguments');
      if (!request || !list) return null;
      const called = context.scopes.qualifiedNameOf(call.childForFieldName('function'));
      if (namesAny(called, [render])) {
        const first = callArguments(call).positional[0] ?? keywords.get('request')?.childForFieldName('value');
        return first && first.text === request.text ? removeElement(context.text, list, argument) : null;
      }
      if (namesAny(called, [renderToString]) && !keywords.has('request')) {
        return [{ start: argument.startIndex, end: argument.endIndex, text: `request=${request.text}` }];
      }
      return null;
    },
  }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.shortcuts import render

          def view(request):
              return render(request, "a.html", {"a": 1})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.shortcuts import render
          from django.template import RequestContext
          from django.template.loader import render_to_string

          def view(request):
              html = render_to_string("b.html", {"b": 2}, context_instance=RequestContext(request))
              return render(request, "a.html", {"a": 1}, context_instance=RequestContext(request))
        `,
        errors: [
          { line: 6, column: 49, message: '`render_to_string(context_instance=…)` is deprecated since Django 1.8 and removed in 1.10: pass a dict as `context` and the request as `request` (`render()` takes it first)' },
          { line: 7, column: 48, message: '`render(context_instance=…)` is deprecated since Django 1.8 and removed in 1.10: pass a dict as `context` and the request as `request` (`render()` takes it first)' },
        ],
        output: dedent`
          from django.shortcuts import render
          from django.template import RequestContext
          from django.template.loader import render_to_string

          def view(request):
              html = render_to_string("b.html", {"b": 2}, request=request)
              return render(request, "a.html", {"a": 1})
        `,
      },
      {
        code: dedent`
          from django.template.loader import render_to_string

          def mail(ctx):
              return render_to_string("mail.txt", context_instance=ctx)
        `,
        errors: [
          { line: 4, column: 41, message: '`render_to_string(context_instance=…)` is deprecated since Django 1.8 and removed in 1.10: pass a dict as `context` and the request as `request` (`render()` takes it first)' },
        ],
      },
      {
        code: dedent`
          from django.template import RequestContext
          from django.template.loader import render_to_string


          def basket_sidebar(request):
              return render_to_string(
                  "shop/sidebar.html",
                  {"basket": request.session.get("basket", [])},
                  context_instance=RequestContext(request),
              )
        `,
        errors: [
          { line: 9, column: 9, message: '`render_to_string(context_instance=…)` is deprecated since Django 1.8 and removed in 1.10: pass a dict as `context` and the request as `request` (`render()` takes it first)' },
        ],
        output: dedent`
          from django.template import RequestContext
          from django.template.loader import render_to_string


          def basket_sidebar(request):
              return render_to_string(
                  "shop/sidebar.html",
                  {"basket": request.session.get("basket", [])},
                  request=request,
              )
        `,
      },
    ],
  },
});
