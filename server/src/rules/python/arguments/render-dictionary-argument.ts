import { deprecationNotes } from '../../docs-links';
import { render, renderToResponse, renderToString } from './shared-paths';
import { keywordArgumentRule } from '../../shapes';

export default keywordArgumentRule({
  id: 'render-dictionary-argument',
  title: '`render(dictionary=…)` → `context=`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docsUrl: deprecationNotes('1.8'),
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
      { code: 'from django.shortcuts import render\n\ndef view(request):\n    return render(request, "a.html", context={"a": 1})\n' },
      { code: 'from myapp.shortcuts import render\n\nrender(request, "a.html", dictionary={})\n' },
    ],
    invalid: [{
      code: 'from django.shortcuts import render\nfrom django.template import loader\n\ndef view(request):\n    html = loader.render_to_string("b.html", dictionary={"b": 2})\n    return render(request, "a.html", dictionary={"a": 1})\n',
      findings: 2,
      output: 'from django.shortcuts import render\nfrom django.template import loader\n\ndef view(request):\n    html = loader.render_to_string("b.html", context={"b": 2})\n    return render(request, "a.html", context={"a": 1})\n',
    }],
  },
});
