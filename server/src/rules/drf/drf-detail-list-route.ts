import { dedent, definePythonRule } from '../shapes';
import { lastName } from '../../engine/python-queries';
import { drfReleaseNotes, RenamedCall, renamedCalls } from '../shapes/libraries';

const names: RenamedCall[] = [
  { old: 'rest_framework.decorators.detail_route', replacement: 'rest_framework.decorators.action', argument: { keyword: 'detail=True', at: 'first' } },
  { old: 'rest_framework.decorators.list_route', replacement: 'rest_framework.decorators.action', argument: { keyword: 'detail=False', at: 'first' } },
];

export default definePythonRule({
  id: 'drf-detail-list-route',
  title: '`@detail_route` / `@list_route` → `@action(detail=…)`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.8',
  removedIn: '3.10',
  fixMinVersion: '3.8',
  docsUrl: drfReleaseNotes('3.8'),
  triggers: ['detail_route', 'list_route'],
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
      {
        code: dedent`
          from rest_framework import viewsets
          from rest_framework.decorators import action


          class BookViewSet(viewsets.ModelViewSet):
              @action(detail=True, methods=["post"])
              def publish(self, request, pk=None):
                  return None
        `,
      },
      {
        code: dedent`
          def detail_route(**kwargs):
              return lambda f: f


          @detail_route(methods=["post"])
          def publish(request):
              return None
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework import viewsets
          from rest_framework.decorators import detail_route


          class BookViewSet(viewsets.ModelViewSet):
              @detail_route(methods=["post"])
              def publish(self, request, pk=None):
                  return None
        `,
        errors: [
          { line: 2, column: 39, message: '`@detail_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=True)`' },
          { line: 6, column: 6, message: '`@detail_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=True)`' },
        ],
        output: dedent`
          from rest_framework import viewsets
          from rest_framework.decorators import action


          class BookViewSet(viewsets.ModelViewSet):
              @action(detail=True, methods=["post"])
              def publish(self, request, pk=None):
                  return None
        `,
      },
      {
        code: dedent`
          from rest_framework import decorators, viewsets


          class BookViewSet(viewsets.ModelViewSet):
              @decorators.list_route()
              def recent(self, request):
                  return None

              @decorators.detail_route(url_path="cover")
              def cover(self, request, pk=None):
                  return None
        `,
        errors: [
          { line: 5, column: 6, message: '`@list_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=False)`' },
          { line: 9, column: 6, message: '`@detail_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=True)`' },
        ],
        output: dedent`
          from rest_framework import decorators, viewsets


          class BookViewSet(viewsets.ModelViewSet):
              @decorators.action(detail=False)
              def recent(self, request):
                  return None

              @decorators.action(detail=True, url_path="cover")
              def cover(self, request, pk=None):
                  return None
        `,
      },
      {
        code: dedent`
          from rest_framework.decorators import detail_route, list_route


          class Books:
              @detail_route(methods=["post"])
              def publish(self, request, pk=None):
                  return None

              @list_route()
              def recent(self, request):
                  return None
        `,
        errors: [
          { line: 1, column: 39, message: '`@detail_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=True)`' },
          { line: 1, column: 53, message: '`@list_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=False)`' },
          { line: 5, column: 6, message: '`@detail_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=True)`' },
          { line: 9, column: 6, message: '`@list_route` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `@action(detail=False)`' },
        ],
        output: dedent`
          from rest_framework.decorators import action


          class Books:
              @action(detail=True, methods=["post"])
              def publish(self, request, pk=None):
                  return None

              @action(detail=False)
              def recent(self, request):
                  return None
        `,
      },
    ],
  },
});
