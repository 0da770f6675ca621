import { context, render, requestContext, templateResponse } from '../shapes/arguments';
import { dedent, keywordArgumentRule } from '../shapes';

export default keywordArgumentRule({
  id: 'template-current-app',
  title: '`render(current_app=…)`, `Context(current_app=…)`, `TemplateResponse(current_app=…)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds the `current_app` keyword of `render()`, `Context`, `RequestContext` and `TemplateResponse`.',
    why: 'Django 1.8 reads the current application namespace from `request.current_app`; 1.10 removed the argument, so passing it raises `TypeError`.',
    fixSafety: 'No automatic fix: set `request.current_app = …` before rendering (the `{% url %}` tag reads it).',
  },
  fix: 'none',
  checklist: ['current-app-template-apis'],
  truth: {
    removedParameters: [
      { symbol: render, name: 'current_app' },
      { symbol: context, name: 'current_app' },
      { symbol: requestContext, name: 'current_app' },
      { symbol: templateResponse, name: 'current_app' },
    ],
  },
  sites: { callees: [render, context, requestContext, templateResponse] },
  keywords: [{ name: 'current_app', advice: 'set `request.current_app` before rendering' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.shortcuts import render

          def view(request):
              request.current_app = "shop"
              return render(request, "a.html")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.shortcuts import render
          from django.template.response import TemplateResponse

          def view(request):
              if request.GET:
                  return TemplateResponse(request, "b.html", {}, current_app="shop")
              return render(request, "a.html", current_app="shop")
        `,
        errors: [
          { line: 6, column: 56, message: '`TemplateResponse(current_app=…)` is deprecated since Django 1.8 and removed in 1.10: set `request.current_app` before rendering' },
          { line: 7, column: 38, message: '`render(current_app=…)` is deprecated since Django 1.8 and removed in 1.10: set `request.current_app` before rendering' },
        ],
      },
    ],
  },
});
