import { dedent } from '../shapes';
import { CompatName, drfCompatRule, drfReleaseNotes } from '../shapes/libraries';

const fromDjangoUrls = (name: string): CompatName => ({ advice: `import it from \`django.urls\``, replacement: `django.urls.${name}`, django: '2.0' });
const privateHelper: CompatName = { advice: "copy the helper into the project: it was DRF's own, for Django 1.x routing" };

/** The routing shims for Django 1.11 (and the Python 3.6 flag) that `rest_framework.compat` lost in 3.12. */
const compat: Record<string, CompatName> = {
  path: fromDjangoUrls('path'),
  re_path: fromDjangoUrls('re_path'),
  include: fromDjangoUrls('include'),
  register_converter: fromDjangoUrls('register_converter'),
  URLPattern: fromDjangoUrls('URLPattern'),
  URLResolver: fromDjangoUrls('URLResolver'),
  ProhibitNullCharactersValidator: { advice: 'import it from `django.core.validators`', replacement: 'django.core.validators.ProhibitNullCharactersValidator', django: '2.0' },
  url: { advice: 'use `django.urls.re_path()`' },
  get_original_route: privateHelper,
  get_regex_pattern: privateHelper,
  is_route_pattern: privateHelper,
  make_url_resolver: privateHelper,
  PY36: { advice: 'drop the check: every Python DRF 3.12 supports is 3.6 or newer' },
};

export default drfCompatRule({
  id: 'drf-compat-django-urls',
  title: "`rest_framework.compat`'s routing shims (`path`, `re_path`, `include`, `URLResolver`, …) were removed",
  deprecatedIn: '3.12',
  removedIn: '3.12',
  names: compat,
  docsUrl: drfReleaseNotes('3.12'),
  docs: {
    why: "DRF 3.12 dropped Django 1.11 (it needs Django 2.2), and with it the routing shims of its private `rest_framework.compat` module that covered Django 1.x's `url()`/regex resolvers; custom routers and schema generators imported them. The importing module fails.",
    fixSafety: "Safe: the names DRF re-exported from `django.urls` and `django.core.validators` are imported from there (Django 2.0+: no fix on a project known to run Django 1.x); `url`, the private helpers and `PY36` get no fix.",
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.urls import URLResolver, path
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.compat import URLResolver, path
          from rest_framework.routers import DefaultRouter


          class NestedRouter(DefaultRouter):
              def urls_for(self, prefix, patterns):
                  return [path(prefix, patterns)] if not isinstance(patterns, URLResolver) else [patterns]
        `,
        errors: [
          { line: 1, column: 35, message: '`rest_framework.compat.URLResolver` was removed in Django REST Framework 3.12 without a deprecation period: import it from `django.urls`' },
          { line: 1, column: 48, message: '`rest_framework.compat.path` was removed in Django REST Framework 3.12 without a deprecation period: import it from `django.urls`' },
          { line: 7, column: 17, message: '`rest_framework.compat.path` was removed in Django REST Framework 3.12 without a deprecation period: import it from `django.urls`' },
          { line: 7, column: 69, message: '`rest_framework.compat.URLResolver` was removed in Django REST Framework 3.12 without a deprecation period: import it from `django.urls`' },
        ],
        output: dedent`
          from django.urls import path, URLResolver
          from rest_framework.routers import DefaultRouter


          class NestedRouter(DefaultRouter):
              def urls_for(self, prefix, patterns):
                  return [path(prefix, patterns)] if not isinstance(patterns, URLResolver) else [patterns]
        `,
      },
      {
        code: dedent`
          from rest_framework.compat import register_converter
          from rest_framework.routers import DefaultRouter


          class SlugListConverter:
              regex = "[-a-z0-9_]+(,[-a-z0-9_]+)*"

              def to_python(self, value):
                  return value.split(",")

              def to_url(self, value):
                  return ",".join(value)


          register_converter(SlugListConverter, "slugs")
          router = DefaultRouter()
        `,
        errors: [
          { line: 1, column: 35, message: '`rest_framework.compat.register_converter` was removed in Django REST Framework 3.12 without a deprecation period: import it from `django.urls`' },
          { line: 15, column: 1, message: '`rest_framework.compat.register_converter` was removed in Django REST Framework 3.12 without a deprecation period: import it from `django.urls`' },
        ],
        output: dedent`
          from django.urls import register_converter
          from rest_framework.routers import DefaultRouter


          class SlugListConverter:
              regex = "[-a-z0-9_]+(,[-a-z0-9_]+)*"

              def to_python(self, value):
                  return value.split(",")

              def to_url(self, value):
                  return ",".join(value)


          register_converter(SlugListConverter, "slugs")
          router = DefaultRouter()
        `,
      },
      {
        code: dedent`
          from rest_framework.compat import get_original_route


          def describe(pattern):
              return get_original_route(pattern)
        `,
        errors: [
          { line: 1, column: 35, message: '`rest_framework.compat.get_original_route` was removed in Django REST Framework 3.12 without a deprecation period: copy the helper into the project: it was DRF\'s own, for Django 1.x routing' },
          { line: 5, column: 12, message: '`rest_framework.compat.get_original_route` was removed in Django REST Framework 3.12 without a deprecation period: copy the helper into the project: it was DRF\'s own, for Django 1.x routing' },
        ],
      },
    ],
  },
});
