import { dedent, definePythonRule } from '../shapes';
import { lastName } from '../../engine/python-queries';
import { drfReleaseNotes, RenamedCall, renamedCalls } from '../shapes/libraries';

// DynamicRoute(url, name, detail, initkwargs): `detail` goes before `initkwargs`.
const names: RenamedCall[] = [
  { old: 'rest_framework.routers.DynamicDetailRoute', replacement: 'rest_framework.routers.DynamicRoute', argument: { keyword: 'detail=True', positional: 'True', at: { keyword: 'initkwargs', index: 2 } } },
  { old: 'rest_framework.routers.DynamicListRoute', replacement: 'rest_framework.routers.DynamicRoute', argument: { keyword: 'detail=False', positional: 'False', at: { keyword: 'initkwargs', index: 2 } } },
];

export default definePythonRule({
  id: 'drf-dynamic-detail-list-route',
  title: '`DynamicDetailRoute` / `DynamicListRoute` → `DynamicRoute(detail=…)`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.8',
  removedIn: '3.10',
  fixMinVersion: '3.8',
  docsUrl: drfReleaseNotes('3.8'),
  triggers: ['DynamicDetailRoute', 'DynamicListRoute'],
  docs: {
    what: "Finds imports and uses of `rest_framework.routers.DynamicDetailRoute` and `DynamicListRoute`, the route tuples of custom routers' `routes`.",
    why: 'DRF 3.8 merged them into `DynamicRoute(url, name, detail, initkwargs)` (with `@action`) and warned; 3.10 removed them.',
    fixSafety:
      'Safe: `DynamicDetailRoute(url, name, initkwargs)` becomes `DynamicRoute(url, name, True, initkwargs)` (`detail=True` before `initkwargs=` when passed by keyword; `False` for the list form): the same named tuple with the flag that replaced the two classes. Needs DRF 3.8+.',
  },
  fix: 'safe',
  truth: {
    removed: names.map((name) => name.old),
    replacements: ['rest_framework.routers.DynamicRoute'],
    deprecated: ['rest_framework.routers.DynamicRoute'],
  },
  check(context) {
    for (const { node, name, edits } of renamedCalls(context, names)) {
      context.report({
        node,
        subject: `\`${lastName(name.old)}\``,
        advice: `use \`DynamicRoute(…, ${name.argument.keyword}, …)\``,
        fix: edits ? { title: 'Use `DynamicRoute`', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework.routers import DynamicRoute

          route = DynamicRoute(url=r"^{prefix}/{lookup}/{url_path}$", name="{basename}-{url_name}", detail=True, initkwargs={})
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.routers import DynamicDetailRoute

          route = DynamicDetailRoute(url=r"^{prefix}/{lookup}/{methodname}$", name="{basename}-{methodnamehyphen}", initkwargs={})
        `,
        errors: [
          { line: 1, column: 36, message: '`DynamicDetailRoute` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `DynamicRoute(…, detail=True, …)`' },
          { line: 3, column: 9, message: '`DynamicDetailRoute` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `DynamicRoute(…, detail=True, …)`' },
        ],
        output: dedent`
          from rest_framework.routers import DynamicRoute

          route = DynamicRoute(url=r"^{prefix}/{lookup}/{methodname}$", name="{basename}-{methodnamehyphen}", detail=True, initkwargs={})
        `,
      },
      {
        code: dedent`
          from rest_framework import routers

          route = routers.DynamicListRoute(r"^{prefix}/{methodname}$", "{basename}-{methodnamehyphen}", {})
        `,
        errors: [
          { line: 3, column: 9, message: '`DynamicListRoute` is deprecated since Django REST Framework 3.8 and removed in 3.10: use `DynamicRoute(…, detail=False, …)`' },
        ],
        output: dedent`
          from rest_framework import routers

          route = routers.DynamicRoute(r"^{prefix}/{methodname}$", "{basename}-{methodnamehyphen}", False, {})
        `,
      },
    ],
  },
});
