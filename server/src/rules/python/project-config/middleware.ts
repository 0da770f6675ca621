// Middleware classes: old-style middleware (no `get_response`) and `RemoteUserMiddleware`
// subclasses that override only the synchronous hook.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { addImports } from '../../../engine/python-edits';
import type { TextEdit } from '../../../engine/types';
import { deprecationNotes } from '../../docs-links';
import { normalizedOrNull } from '../../../engine/python-edits';
import { classDefinitions, basesOf, derivesFrom, methodsOf } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

const hooks = ['process_request', 'process_view', 'process_response', 'process_exception', 'process_template_response'];

export const oldStyleMiddleware: PythonRule = {
  id: 'old-style-middleware',
  title: 'Old-style middleware → `MiddlewareMixin`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  languages: ['python'],
  docsUrl: deprecationNotes('1.10'),
  docs: {
    what: 'Finds middleware classes in middleware modules (a path with `middleware` in it, in a module that imports Django) that define `process_request()`/`process_response()`/… hooks but neither take `get_response` nor derive from a class.',
    why: 'Django 2.0 only runs middleware listed in `MIDDLEWARE`, which calls `Middleware(get_response)` and then the instance: an old-style class fails with `TypeError`.',
    fixSafety: 'Safe: derives the class from `django.utils.deprecation.MiddlewareMixin`, which supplies `__init__(get_response)` and `__call__()` and runs the same hooks, under `MIDDLEWARE_CLASSES` and `MIDDLEWARE` alike. Classes with their own `__init__` get the message only. Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['middleware-classes'],
  truth: { replacements: ['django.utils.deprecation.MiddlewareMixin'] },
  check(context: PythonRuleContext) {
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
      { code: 'from django.utils.deprecation import MiddlewareMixin\n\nclass Timing(MiddlewareMixin):\n    def process_request(self, request):\n        pass\n', filename: 'shop/middleware.py' },
      { code: 'class Retry(object):\n    def process_request(self, request, spider):\n        pass\n', filename: 'crawler/middlewares.py' },
    ],
    invalid: [
      {
        code: 'from django.http import HttpResponseForbidden\n\n\nclass BlockBots(object):\n    def process_request(self, request):\n        if "bot" in request.META.get("HTTP_USER_AGENT", ""):\n            return HttpResponseForbidden()\n\n\nclass Timing:\n    def process_response(self, request, response):\n        return response\n',
        filename: 'shop/middleware.py',
        findings: 2,
        output: 'from django.http import HttpResponseForbidden\nfrom django.utils.deprecation import MiddlewareMixin\n\n\nclass BlockBots(MiddlewareMixin):\n    def process_request(self, request):\n        if "bot" in request.META.get("HTTP_USER_AGENT", ""):\n            return HttpResponseForbidden()\n\n\nclass Timing(MiddlewareMixin):\n    def process_response(self, request, response):\n        return response\n',
      },
      {
        code: 'from django.conf import settings\n\nclass Setup(object):\n    def __init__(self):\n        self.on = settings.DEBUG\n\n    def process_request(self, request):\n        pass\n',
        filename: 'core/middleware/setup.py',
        findings: 1,
      },
    ],
  },
};

const remoteUserClasses = [
  'django.contrib.auth.middleware.RemoteUserMiddleware',
  'django.contrib.auth.middleware.PersistentRemoteUserMiddleware',
];

export const remoteUserMiddlewareProcessRequest: PythonRule = {
  id: 'remote-user-middleware-process-request',
  title: '`RemoteUserMiddleware` subclasses need `aprocess_request()`',
  category: 'removed-api',
  deprecatedIn: '5.2',
  removedIn: '6.1',
  languages: ['python'],
  docsUrl: deprecationNotes('5.2'),
  docs: {
    what: 'Finds subclasses of `RemoteUserMiddleware`/`PersistentRemoteUserMiddleware` that override `process_request()` but not `aprocess_request()`.',
    why: 'Django 5.2 made the middleware async-capable: under ASGI it calls `aprocess_request()`. Until 6.1 it falls back to an overridden `process_request()` with a warning; from 6.1 async requests skip the override.',
    fixSafety: 'No automatic fix: write an `async def aprocess_request(self, request)` with the same logic (awaiting the async ORM and auth calls).',
  },
  fix: 'none',
  checklist: ['remoteusermiddleware-process-request-only'],
  truth: { replacements: ['django.contrib.auth.middleware.RemoteUserMiddleware.aprocess_request'] },
  check(context: PythonRuleContext) {
    for (const cls of classDefinitions(context)) {
      const methods = new Map(methodsOf(cls).map((m) => [m.name, m.definition]));
      const override = methods.get('process_request');
      if (!override || methods.has('aprocess_request') || !derivesFrom(context, cls, remoteUserClasses)) continue;
      context.report({
        node: override.childForFieldName('name') ?? override,
        subject: `\`${cls.childForFieldName('name')?.text}.process_request()\` without \`aprocess_request()\``,
        advice: 'override `aprocess_request()` too, for requests served asynchronously',
      });
    }
  },
  examples: {
    valid: [{ code: 'from django.contrib.auth.middleware import RemoteUserMiddleware\n\nclass Header(RemoteUserMiddleware):\n    header = "HTTP_X_USER"\n' }],
    invalid: [{
      code: 'from django.contrib.auth import middleware\n\nclass Header(middleware.RemoteUserMiddleware):\n    def process_request(self, request):\n        request.META.setdefault("REMOTE_USER", "")\n        super().process_request(request)\n',
      findings: 1,
    }],
  },
};
