import { deprecationNotes } from '../../docs-links';
import { context, render, requestContext, templateResponse } from './shared-paths';
import { keywordArgumentRule } from '../../shapes';

export default keywordArgumentRule({
  id: 'template-current-app',
  title: '`render(current_app=…)`, `Context(current_app=…)`, `TemplateResponse(current_app=…)`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docsUrl: deprecationNotes('1.8'),
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
    valid: [{ code: 'from django.shortcuts import render\n\ndef view(request):\n    request.current_app = "shop"\n    return render(request, "a.html")\n' }],
    invalid: [{
      code: 'from django.shortcuts import render\nfrom django.template.response import TemplateResponse\n\ndef view(request):\n    if request.GET:\n        return TemplateResponse(request, "b.html", {}, current_app="shop")\n    return render(request, "a.html", current_app="shop")\n',
      findings: 2,
    }],
  },
});
