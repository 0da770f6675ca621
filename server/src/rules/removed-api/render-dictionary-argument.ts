import { render, renderToResponse, renderToString } from '../shapes/arguments';
import { dedent, keywordArgumentRule } from '../shapes';

export default keywordArgumentRule({
  id: 'render-dictionary-argument',
  title: '`render(dictionary=…)` → `context=`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds the `dictionary` keyword of `render()`, `render_to_response()` and `render_to_string()`.',
    why: 'Django 1.8 renamed it to `context`; 1.10 removed the old name, so passing it raises `TypeError`.',
    fixSafety: 'Safe: renames the keyword (unless the call already passes `context`). Needs Django 1.8+.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['render-dictionary-arg'],
  truth: {
    removedParameters: [
      { symbol: render, name: 'dictionary' },
      { symbol: renderToResponse, name: 'dictionary' },
      { symbol: renderToString, name: 'dictionary' },
    ],
  },
  sites: { callees: [render, renderToResponse, renderToString] },
  keywords: [{ name: 'dictionary', rename: 'context', advice: 'pass the same dict as `context`' }],
  examples: {
    valid: [
      {
        code: dedent`
          from django.shortcuts import render

          def view(request):
              return render(request, "a.html", context={"a": 1})
        `,
      },
      {
        code: dedent`
          from myapp.shortcuts import render

          render(request, "a.html", dictionary={})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.shortcuts import render
          from django.template import loader

          def view(request):
              html = loader.render_to_string("b.html", dictionary={"b": 2})
              return render(request, "a.html", dictionary={"a": 1})
        `,
        errors: [
          { line: 5, column: 46, message: '`render_to_string(dictionary=…)` is deprecated since Django 1.8 and removed in 1.10: pass the same dict as `context`' },
          { line: 6, column: 38, message: '`render(dictionary=…)` is deprecated since Django 1.8 and removed in 1.10: pass the same dict as `context`' },
        ],
        output: dedent`
          from django.shortcuts import render
          from django.template import loader

          def view(request):
              html = loader.render_to_string("b.html", context={"b": 2})
              return render(request, "a.html", context={"a": 1})
        `,
      },
      {
        code: dedent`
          from django.template.loader import render_to_string


          def receipt_html(order):
              return render_to_string("emails/receipt.html", dictionary={"order": order, "lines": order.lines.all()})
        `,
        errors: [
          { line: 5, column: 52, message: '`render_to_string(dictionary=…)` is deprecated since Django 1.8 and removed in 1.10: pass the same dict as `context`' },
        ],
        output: dedent`
          from django.template.loader import render_to_string


          def receipt_html(order):
              return render_to_string("emails/receipt.html", context={"order": order, "lines": order.lines.all()})
        `,
      },
    ],
  },
});
