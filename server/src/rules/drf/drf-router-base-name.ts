import { dedent, definePythonRule } from '../shapes';
import { callArguments, isInstanceOf, methodCalls, subclassesOf } from '../../engine/python-queries';
import { drfReleaseNotes, drfRouters } from '../shapes/libraries';

export default definePythonRule({
  id: 'drf-router-base-name',
  title: '`router.register(…, base_name=…)` → `basename=`',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.9',
  removedIn: '3.11',
  fixMinVersion: '3.9',
  docsUrl: drfReleaseNotes('3.9'),
  triggers: ['base_name'],
  docs: {
    what: 'Finds `base_name=` in `register()` calls on DRF routers: an instance of `SimpleRouter`, `DefaultRouter` or a subclass of the module, called directly or through the name it is assigned to.',
    why: 'DRF 3.9 renamed the argument `basename` and warned; 3.11 removed `base_name`, so `register()` raises `TypeError` when the URLconf loads.',
    fixSafety: 'Safe: renames the keyword, which means the same. Needs DRF 3.9+. Routers of other packages (drf-nested-routers) are left alone: their `register()` may have its own signature.',
  },
  fix: 'safe',
  // What it finds (or fixes) in one statement depends on others: it runs on the whole file after every edit.
  locality: 'file',
  truth: {
    removedParameters: [{ symbol: 'rest_framework.routers.BaseRouter.register', name: 'base_name' }],
    replacements: ["rest_framework.routers.BaseRouter.register mentions 'basename'"],
    deprecated: ['rest_framework.routers.BaseRouter.get_default_basename'],
  },
  check(context) {
    const routers = subclassesOf(context, drfRouters);
    for (const { call, receiver } of methodCalls(context, ['register'])) {
      const { keywords } = callArguments(call);
      const name = keywords.get('base_name')?.childForFieldName('name');
      if (!name || !isInstanceOf(context, receiver, drfRouters, routers)) continue;
      context.report({
        node: name,
        subject: '`register(base_name=…)`',
        advice: 'use `basename=`',
        fix: keywords.has('basename') ? undefined : { title: 'Rename `base_name=` to `basename=`', edits: [{ start: name.startIndex, end: name.endIndex, text: 'basename' }] },
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          from rest_framework.routers import DefaultRouter

          router = DefaultRouter()
          router.register(r"books", object, basename="book")
        `,
      },
      {
        code: dedent`
          from rest_framework_nested.routers import NestedSimpleRouter

          router = NestedSimpleRouter(None, r"books", lookup="book")
          router.register(r"pages", object, base_name="page")
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.routers import DefaultRouter

          router = DefaultRouter()
          router.register(r"books", object, base_name="book")
        `,
        errors: [
          { line: 4, column: 35, message: '`register(base_name=…)` is deprecated since Django REST Framework 3.9 and removed in 3.11: use `basename=`' },
        ],
        output: dedent`
          from rest_framework.routers import DefaultRouter

          router = DefaultRouter()
          router.register(r"books", object, basename="book")
        `,
      },
      {
        code: dedent`
          from rest_framework import routers


          class Router(routers.SimpleRouter):
              pass


          router = Router(trailing_slash=False)
          router.register("authors", object, base_name="author")
          router.register("books", object, base_name="book")
        `,
        errors: [
          { line: 9, column: 36, message: '`register(base_name=…)` is deprecated since Django REST Framework 3.9 and removed in 3.11: use `basename=`' },
          { line: 10, column: 34, message: '`register(base_name=…)` is deprecated since Django REST Framework 3.9 and removed in 3.11: use `basename=`' },
        ],
        output: dedent`
          from rest_framework import routers


          class Router(routers.SimpleRouter):
              pass


          router = Router(trailing_slash=False)
          router.register("authors", object, basename="author")
          router.register("books", object, basename="book")
        `,
      },
    ],
  },
});
