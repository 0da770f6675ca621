import type { Node } from 'web-tree-sitter';
import { addImports, normalizedOrNull } from '../../engine/python-edits';
import { basesOf, classDefinitions, methodsOf } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';

const hooks = ['process_request', 'process_view', 'process_response', 'process_exception', 'process_template_response'];

export default definePythonRule({
  id: 'old-style-middleware',
  title: 'Old-style middleware → `MiddlewareMixin`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds middleware classes in middleware modules (a path with `middleware` in it, in a module that imports Django) that define `process_request()`/`process_response()`/… hooks but neither take `get_response` nor derive from a class.',
    why: 'Django 2.0 only runs middleware listed in `MIDDLEWARE`, which calls `Middleware(get_response)` and then the instance: an old-style class fails with `TypeError`.',
    fixSafety: 'Safe: derives the class from `django.utils.deprecation.MiddlewareMixin`, which supplies `__init__(get_response)` and `__call__()` and runs the same hooks, under `MIDDLEWARE_CLASSES` and `MIDDLEWARE` alike. Classes with their own `__init__` get the message only. Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['middleware-classes'],
  truth: { replacements: ['django.utils.deprecation.MiddlewareMixin'] },
  triggers: hooks,
  check(context) {
    const { scopes, text } = context;
    if (!/middleware/i.test(context.path) || !scopes.imports.some((e) => (e.module ?? e.qualifiedName).split('.')[0] === 'django')) return;
    const candidates: Array<{ cls: Node; name: Node; methods: Map<string, Node> }> = [];
    for (const cls of classDefinitions(context)) {
      if (cls.parent?.parent?.type === 'class_definition') continue; // nested in a class body
      const bases = basesOf(cls);
      if (bases.some((b) => b.text !== 'object')) continue;
      const methods = new Map(methodsOf(cls).map((m) => [m.name, m.definition]));
      if (!hooks.some((h) => methods.has(h)) || methods.has('__call__')) continue;
      const name = cls.childForFieldName('name');
      if (name) candidates.push({ cls, name, methods });
    }
    if (candidates.length === 0) return;
    const fixable = candidates.filter((c) => !c.methods.has('__init__'));
    const mixinFree = scopes.renameSafety('MiddlewareMixin', 'django.utils.deprecation.MiddlewareMixin', fixable.map((c) => c.cls), 0) === 'safe';
    let shared: TextEdit[] | null = null;
    if (mixinFree && fixable.length > 0) {
      const edits: TextEdit[] = addImports(scopes, text, [{ module: 'django.utils.deprecation', name: 'MiddlewareMixin' }]);
      for (const { cls, name } of fixable) {
        const superclasses = cls.childForFieldName('superclasses');
        edits.push(superclasses
          ? { start: superclasses.startIndex, end: superclasses.endIndex, text: '(MiddlewareMixin)' }
          : { start: name.endIndex, end: name.endIndex, text: '(MiddlewareMixin)' });
      }
      shared = normalizedOrNull(edits);
    }
    for (const { name, methods } of candidates) {
      context.report({
        node: name,
        subject: `The old-style middleware \`${name.text}\``,
        advice: methods.has('__init__') ? 'accept `get_response` in `__init__()` and define `__call__()`, or derive from `MiddlewareMixin` and call its `__init__()`' : 'derive it from `django.utils.deprecation.MiddlewareMixin`',
        fix: shared && !methods.has('__init__') ? { title: 'Derive from `MiddlewareMixin`', edits: shared } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.utils.deprecation import MiddlewareMixin

          class Timing(MiddlewareMixin):
              def process_request(self, request):
                  pass
        `,
        filename: 'shop/middleware.py',
      },
      {
        code: dedent`
          class Retry(object):
              def process_request(self, request, spider):
                  pass
        `,
        filename: 'crawler/middlewares.py',
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.http import HttpResponseForbidden


          class BlockBots(object):
              def process_request(self, request):
                  if "bot" in request.META.get("HTTP_USER_AGENT", ""):
                      return HttpResponseForbidden()


          class Timing:
              def process_response(self, request, response):
                  return response
        `,
        filename: 'shop/middleware.py',
        errors: [
          { line: 4, column: 7, message: 'The old-style middleware `BlockBots` is deprecated since Django 1.10 and removed in 2.0: derive it from `django.utils.deprecation.MiddlewareMixin`' },
          { line: 10, column: 7, message: 'The old-style middleware `Timing` is deprecated since Django 1.10 and removed in 2.0: derive it from `django.utils.deprecation.MiddlewareMixin`' },
        ],
        output: dedent`
          from django.http import HttpResponseForbidden
          from django.utils.deprecation import MiddlewareMixin


          class BlockBots(MiddlewareMixin):
              def process_request(self, request):
                  if "bot" in request.META.get("HTTP_USER_AGENT", ""):
                      return HttpResponseForbidden()


          class Timing(MiddlewareMixin):
              def process_response(self, request, response):
                  return response
        `,
      },
      {
        code: dedent`
          from django.conf import settings

          class Setup(object):
              def __init__(self):
                  self.on = settings.DEBUG

              def process_request(self, request):
                  pass
        `,
        filename: 'core/middleware/setup.py',
        errors: [
          { line: 3, column: 7, message: 'The old-style middleware `Setup` is deprecated since Django 1.10 and removed in 2.0: accept `get_response` in `__init__()` and define `__call__()`, or derive from `MiddlewareMixin` and call its `__init__()`' },
        ],
      },
      {
        code: dedent`
          import time

          from django.db import connection


          class QueryCountMiddleware:
              def process_request(self, request):
                  request._started = time.monotonic()

              def process_response(self, request, response):
                  response["X-Queries"] = str(len(connection.queries))
                  return response
        `,
        filename: 'core/middleware.py',
        errors: [
          { line: 6, column: 7, message: 'The old-style middleware `QueryCountMiddleware` is deprecated since Django 1.10 and removed in 2.0: derive it from `django.utils.deprecation.MiddlewareMixin`' },
        ],
        output: dedent`
          import time

          from django.db import connection
          from django.utils.deprecation import MiddlewareMixin


          class QueryCountMiddleware(MiddlewareMixin):
              def process_request(self, request):
                  request._started = time.monotonic()

              def process_response(self, request, response):
                  response["X-Queries"] = str(len(connection.queries))
                  return response
        `,
      },
    ],
  },
});
