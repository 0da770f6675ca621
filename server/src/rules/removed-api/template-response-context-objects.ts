import { contextObject } from '../shapes/arguments';
import { simpleTemplateResponse, template, templateResponse } from '../shapes/arguments';
import { callArguments, callsTo, namesAny } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';

export default definePythonRule({
  id: 'template-response-context-objects',
  title: '`TemplateResponse(…, Context(…))` → a dict',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds `Context`/`RequestContext` objects and `django.template.Template` objects passed to `TemplateResponse` and `SimpleTemplateResponse`.',
    why: 'Since Django 1.8 template responses render backend templates with a dict; 1.10 dropped the support for `Context` objects and engine `Template` objects.',
    fixSafety: 'Safe: `Context(d)` becomes `d`; for `TemplateResponse` (which has the request), `RequestContext(request, d)` becomes `d`. Templates are only reported: pass the template name, or a backend template (`engines["django"].from_string(...)`).',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['template-response-context-objects'],
  truth: { replacements: ['django.template.response.SimpleTemplateResponse.resolve_context'], note: 'the type of an argument changed, not a name' },
  triggers: ['TemplateResponse', 'SimpleTemplateResponse'],
  check(context) {
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
    valid: [
      {
        code: dedent`
          from django.template.response import TemplateResponse

          def view(request):
              return TemplateResponse(request, "a.html", {"a": 1})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.template import RequestContext, Template
          from django.template.response import TemplateResponse

          def view(request):
              if request.GET:
                  return TemplateResponse(request, Template("{{ a }}"), {"a": 1})
              return TemplateResponse(request, "a.html", RequestContext(request, {"a": 1}))
        `,
        errors: [
          { line: 6, column: 42, message: 'A `django.template.Template` passed to a template response is deprecated since Django 1.8 and removed in 1.10: pass the template name, or a backend template such as `engines["django"].from_string(...)`' },
          { line: 7, column: 48, message: 'A `RequestContext` passed to a template response is deprecated since Django 1.8 and removed in 1.10: pass a dict' },
        ],
        output: dedent`
          from django.template import RequestContext, Template
          from django.template.response import TemplateResponse

          def view(request):
              if request.GET:
                  return TemplateResponse(request, Template("{{ a }}"), {"a": 1})
              return TemplateResponse(request, "a.html", {"a": 1})
        `,
      },
      {
        code: dedent`
          from django.template import Context
          from django.template.response import SimpleTemplateResponse


          def maintenance(request):
              return SimpleTemplateResponse("maintenance.html", Context({"retry_after": 600}), status=503)
        `,
        errors: [
          { line: 6, column: 55, message: 'A `Context` passed to a template response is deprecated since Django 1.8 and removed in 1.10: pass a dict' },
        ],
        output: dedent`
          from django.template import Context
          from django.template.response import SimpleTemplateResponse


          def maintenance(request):
              return SimpleTemplateResponse("maintenance.html", {"retry_after": 600}, status=503)
        `,
      },
    ],
  },
});
