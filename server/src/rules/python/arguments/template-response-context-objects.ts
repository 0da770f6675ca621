import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { contextObject } from '../../shapes/arguments';
import { simpleTemplateResponse, template, templateResponse } from '../../shapes/arguments';
import { callArguments, callsTo, namesAny } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const rule: PythonRule = {
  id: 'template-response-context-objects',
  title: '`TemplateResponse(…, Context(…))` → a dict',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  languages: ['python'],
  docsUrl: deprecationNotes('1.8'),
  docs: {
    what: 'Finds `Context`/`RequestContext` objects and `django.template.Template` objects passed to `TemplateResponse` and `SimpleTemplateResponse`.',
    why: 'Since Django 1.8 template responses render backend templates with a dict; 1.10 dropped the support for `Context` objects and engine `Template` objects.',
    fixSafety: 'Safe: `Context(d)` becomes `d`; for `TemplateResponse` (which has the request), `RequestContext(request, d)` becomes `d`. Templates are only reported: pass the template name, or a backend template (`engines["django"].from_string(...)`).',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['template-response-context-objects'],
  truth: { replacements: ['django.template.response.SimpleTemplateResponse.resolve_context'], note: 'the type of an argument changed, not a name' },
  check(context: PythonRuleContext) {
    for (const { call, qualifiedName } of callsTo(context, [templateResponse, simpleTemplateResponse])) {
      const withRequest = namesAny(qualifiedName, [templateResponse]);
      const { positional, keywords } = callArguments(call);
      const offset = withRequest ? 1 : 0;
      const templateArgument = positional[offset] ?? keywords.get('template')?.childForFieldName('value');
      const contextArgument = positional[offset + 1] ?? keywords.get('context')?.childForFieldName('value');
      if (templateArgument?.type === 'call' && namesAny(context.scopes.qualifiedNameOf(templateArgument.childForFieldName('function')), [template])) {
        context.report({
          node: templateArgument,
          subject: 'A `django.template.Template` passed to a template response',
          advice: 'pass the template name, or a backend template such as `engines["django"].from_string(...)`',
        });
      }
      const object = contextArgument ? contextObject(context, contextArgument) : null;
      if (!object || !contextArgument) continue;
      const exact = object.simple && (object.kind === 'Context' || withRequest);
      context.report({
        node: contextArgument,
        subject: `A \`${object.kind}\` passed to a template response`,
        advice: 'pass a dict',
        fix: exact ? { title: 'Pass a dict', edits: [{ start: contextArgument.startIndex, end: contextArgument.endIndex, text: object.dict?.text ?? 'None' }] } : undefined,
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.template.response import TemplateResponse\n\ndef view(request):\n    return TemplateResponse(request, "a.html", {"a": 1})\n' }],
    invalid: [{
      code: 'from django.template import RequestContext, Template\nfrom django.template.response import TemplateResponse\n\ndef view(request):\n    if request.GET:\n        return TemplateResponse(request, Template("{{ a }}"), {"a": 1})\n    return TemplateResponse(request, "a.html", RequestContext(request, {"a": 1}))\n',
      findings: 2,
      output: 'from django.template import RequestContext, Template\nfrom django.template.response import TemplateResponse\n\ndef view(request):\n    if request.GET:\n        return TemplateResponse(request, Template("{{ a }}"), {"a": 1})\n    return TemplateResponse(request, "a.html", {"a": 1})\n',
    }],
  },
};
export default rule;
