import { deprecationNotes } from '../docs-links';
import { movedNamesRule } from './rule-factories';

export default movedNamesRule({
  id: 'shortcuts-render-to-response',
  title: '`render_to_response()` → `render()`',
  category: 'removed-api',
  deprecatedIn: '2.0',
  removedIn: '3.0',
  docsUrl: deprecationNotes('2.0'),
  docs: {
    what: 'Finds `django.shortcuts.render_to_response`.',
    why: 'Django 2.0 deprecated it in favour of `render()`, which also passes the request to the template (CSRF tokens, context processors); 3.0 removed it.',
    fixSafety: 'No automatic fix yet: `render()` needs the view\'s request as its first argument.',
  },
  fix: 'none',
  checklist: ['render-to-response'],
  names: [{ old: 'django.shortcuts.render_to_response', subject: '`render_to_response()`', advice: 'use `render(request, template_name, context)`' }],
  examples: {
    valid: [{ code: 'from django.shortcuts import render\n\ndef v(request):\n    return render(request, "a.html")\n' }],
    invalid: [{ code: 'from django.shortcuts import render_to_response\n\ndef v(request):\n    return render_to_response("a.html", {})\n', findings: 2 }],
  },
});
