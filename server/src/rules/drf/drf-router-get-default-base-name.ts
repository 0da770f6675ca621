import { dedent, definePythonRule } from '../shapes';
import { drfReleaseNotes, drfRouters, renamedOverrides } from '../shapes/libraries';

export default definePythonRule({
  id: 'drf-router-get-default-base-name',
  title: "Routers' `get_default_base_name()` → `get_default_basename()`",
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.9',
  removedIn: '3.11',
  fixMinVersion: '3.9',
  docsUrl: drfReleaseNotes('3.9'),
  triggers: ['get_default_base_name'],
  docs: {
    what: 'Finds `get_default_base_name()` defined in subclasses of DRF routers.',
    why: 'DRF 3.9 renamed the hook `get_default_basename()` (calling the old name with a warning); from 3.11 DRF calls only the new name, so the override is silently ignored.',
    fixSafety: 'Safe: renames the method and its calls through `self.` and `super()` in the class. Needs DRF 3.9+. Not offered when the class defines both names.',
  },
  fix: 'safe',
  truth: {
    removed: ["rest_framework.routers mentions 'get_default_base_name'"],
    replacements: ['rest_framework.routers.BaseRouter.get_default_basename'],
    deprecated: ['rest_framework.routers.BaseRouter.get_default_basename'],
  },
  check(context) {
    for (const { nameNode, edits } of renamedOverrides(context, drfRouters, { get_default_base_name: 'get_default_basename' })) {
      context.report({
        node: nameNode,
        subject: '`get_default_base_name()`',
        advice: 'rename it `get_default_basename()`, the name DRF calls',
        fix: edits ? { title: 'Rename to `get_default_basename`', edits } : undefined,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework.routers import SimpleRouter


          class Router(SimpleRouter):
              def get_default_basename(self, viewset):
                  return viewset.__name__.lower()
        `,
      },
      {
        code: dedent`
          class Registry:
              def get_default_base_name(self, viewset):
                  return "x"
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.routers import SimpleRouter


          class Router(SimpleRouter):
              def get_default_base_name(self, viewset):
                  return viewset.__name__.lower()
        `,
        errors: [
          { line: 5, column: 9, message: '`get_default_base_name()` is deprecated since Django REST Framework 3.9 and removed in 3.11: rename it `get_default_basename()`, the name DRF calls' },
        ],
        output: dedent`
          from rest_framework.routers import SimpleRouter


          class Router(SimpleRouter):
              def get_default_basename(self, viewset):
                  return viewset.__name__.lower()
        `,
      },
      {
        code: dedent`
          from rest_framework import routers


          class Router(routers.DefaultRouter):
              def get_default_base_name(self, viewset):
                  return "api-" + super().get_default_base_name(viewset)
        `,
        errors: [
          { line: 5, column: 9, message: '`get_default_base_name()` is deprecated since Django REST Framework 3.9 and removed in 3.11: rename it `get_default_basename()`, the name DRF calls' },
        ],
        output: dedent`
          from rest_framework import routers


          class Router(routers.DefaultRouter):
              def get_default_basename(self, viewset):
                  return "api-" + super().get_default_basename(viewset)
        `,
      },
    ],
  },
});
