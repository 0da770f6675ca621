import { lastName } from '../../engine/python-queries';
import { dedent, definePythonRule } from '../shapes';
import { drfReleaseNotes, movedLibraryNames } from '../shapes/libraries';

/** The shims of `rest_framework.compat` for Django < 1.10/1.11 that 3.7 removed, and what replaces each. */
const shims: Record<string, string> = {
  is_authenticated: 'use `user.is_authenticated` (an attribute since Django 1.10)',
  is_anonymous: 'use `user.is_anonymous` (an attribute since Django 1.10)',
  set_many: 'use `getattr(instance, field_name).set(value)`',
  get_remote_field: 'use `field.remote_field`',
  get_related_model: 'use `field.related_model`',
  template_render: 'use `template.render(context, request=request)`',
  value_from_object: 'use `field.value_from_object(obj)`',
  get_names_and_managers: "use the model's `_meta.managers`",
};

const names = Object.keys(shims).map((name) => ({ old: `rest_framework.compat.${name}` }));

export default definePythonRule({
  id: 'drf-compat-django-shims',
  title: '`rest_framework.compat` shims for old Django (`is_authenticated`, `set_many`, `get_remote_field`, …) were removed',
  category: 'drf',
  library: 'djangorestframework',
  deprecatedIn: '3.7',
  removedIn: '3.7',
  docsUrl: drfReleaseNotes('3.7'),
  triggers: Object.keys(shims),
  docs: {
    what: `Finds imports and uses of ${Object.keys(shims).map((name) => `\`rest_framework.compat.${name}\``).join(', ')}.`,
    why: "`rest_framework.compat` is DRF's private compatibility module; projects borrowed its shims for Django < 1.10 and < 1.11, which DRF 3.7 dropped with those Django versions, so the importing module fails.",
    fixSafety: 'No fix: each shim becomes the Django API it wrapped (named in the message), written at the call.',
  },
  fix: 'none',
  truth: { removed: names.map((name) => name.old) },
  check(context) {
    for (const { node, name } of movedLibraryNames(context, names)) {
      const short = lastName(name.old);
      context.report({ node, subject: `\`rest_framework.compat.${short}\``, advice: shims[short] });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          def visible(request):
              return request.user.is_authenticated
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from rest_framework.compat import is_authenticated


          def visible(request):
              return is_authenticated(request.user)
        `,
        errors: [
          { line: 1, column: 35, message: '`rest_framework.compat.is_authenticated` was removed in Django REST Framework 3.7 without a deprecation period: use `user.is_authenticated` (an attribute since Django 1.10)' },
          { line: 5, column: 12, message: '`rest_framework.compat.is_authenticated` was removed in Django REST Framework 3.7 without a deprecation period: use `user.is_authenticated` (an attribute since Django 1.10)' },
        ],
      },
      {
        code: dedent`
          from rest_framework import compat


          def related(field):
              return compat.get_remote_field(field).model
        `,
        errors: [
          { line: 5, column: 12, message: '`rest_framework.compat.get_remote_field` was removed in Django REST Framework 3.7 without a deprecation period: use `field.remote_field`' },
        ],
      },
    ],
  },
});
