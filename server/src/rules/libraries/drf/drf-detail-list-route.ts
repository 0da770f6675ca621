import type { PythonRule } from '../../python/rule-factories';
import { drfReleaseNotes } from '../docs-links';
import { lastName, RenamedCall, renamedCalls } from '../queries';

const names: RenamedCall[] = [
  { old: 'rest_framework.decorators.detail_route', replacement: 'rest_framework.decorators.action', argument: { keyword: 'detail=True', at: 'first' } },
  { old: 'rest_framework.decorators.list_route', replacement: 'rest_framework.decorators.action', argument: { keyword: 'detail=False', at: 'first' } },
];

const rule: PythonRule = {
  id: 'drf-detail-list-route',
  title: '`@detail_route` / `@list_route` → `@action(detail=…)`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.8',
  removedIn: '3.10',
  fixMinVersion: '3.8',
  languages: ['python'],
  docsUrl: drfReleaseNotes('3.8'),
  docs: {
    what: 'Finds imports and uses of `rest_framework.decorators.detail_route` and `list_route`.',
    why: 'DRF 3.8 replaced both with `@action(detail=True)` / `@action(detail=False)` and warned; 3.10 removed them, so the viewset module no longer imports.',
    fixSafety:
      'Safe: `@detail_route(**kw)` becomes `@action(detail=True, **kw)` and `@list_route(**kw)` `@action(detail=False, **kw)`, which take the same keywords and route the same URLs and names; the import is rewritten. Needs DRF 3.8+. A use that is not a call (the decorator passed around) is reported without a fix; where a module uses both, `list_route` moves once `detail_route` has (fix-all does both).',
  },
  fix: 'safe',
  truth: {
    removed: names.map((name) => name.old),
    replacements: ['rest_framework.decorators.action'],
    deprecated: ["rest_framework.decorators.detail_route mentions 'PendingDeprecationWarning'", 'rest_framework.decorators.action'],
  },
  check(context) {
    for (const { node, name, edits } of renamedCalls(context, names)) {
      const detail = name.argument.keyword;
      context.report({
        node,
        subject: `\`@${lastName(name.old)}\``,
        advice: `use \`@action(${detail})\``,
        fix: edits ? { title: 'Use `@action`', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      { code: 'from rest_framework import viewsets\nfrom rest_framework.decorators import action\n\n\nclass BookViewSet(viewsets.ModelViewSet):\n    @action(detail=True, methods=["post"])\n    def publish(self, request, pk=None):\n        return None\n' },
      { code: 'def detail_route(**kwargs):\n    return lambda f: f\n\n\n@detail_route(methods=["post"])\ndef publish(request):\n    return None\n' },
    ],
    invalid: [
      {
        code: 'from rest_framework import viewsets\nfrom rest_framework.decorators import detail_route\n\n\nclass BookViewSet(viewsets.ModelViewSet):\n    @detail_route(methods=["post"])\n    def publish(self, request, pk=None):\n        return None\n',
        findings: 2,
        output: 'from rest_framework import viewsets\nfrom rest_framework.decorators import action\n\n\nclass BookViewSet(viewsets.ModelViewSet):\n    @action(detail=True, methods=["post"])\n    def publish(self, request, pk=None):\n        return None\n',
      },
      {
        code: 'from rest_framework import decorators, viewsets\n\n\nclass BookViewSet(viewsets.ModelViewSet):\n    @decorators.list_route()\n    def recent(self, request):\n        return None\n\n    @decorators.detail_route(url_path="cover")\n    def cover(self, request, pk=None):\n        return None\n',
        findings: 2,
        output: 'from rest_framework import decorators, viewsets\n\n\nclass BookViewSet(viewsets.ModelViewSet):\n    @decorators.action(detail=False)\n    def recent(self, request):\n        return None\n\n    @decorators.action(detail=True, url_path="cover")\n    def cover(self, request, pk=None):\n        return None\n',
      },
      {
        code: 'from rest_framework.decorators import detail_route, list_route\n\n\nclass Books:\n    @detail_route(methods=["post"])\n    def publish(self, request, pk=None):\n        return None\n\n    @list_route()\n    def recent(self, request):\n        return None\n',
        findings: 4,
        output: 'from rest_framework.decorators import action\n\n\nclass Books:\n    @action(detail=True, methods=["post"])\n    def publish(self, request, pk=None):\n        return None\n\n    @action(detail=False)\n    def recent(self, request):\n        return None\n',
      },
    ],
  },
};
export default rule;
