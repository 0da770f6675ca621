import { dedent, removedMethodsRule } from '../shapes';
import { isMetaExpression } from '../shapes/receivers';

const advice = (action: string) => `use \`django.contrib.auth.get_permission_codename("${action}", opts)\``;

export default removedMethodsRule({
  id: 'meta-get-permission',
  title: '`_meta.get_add_permission()` (change, delete) → `get_permission_codename()`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds `get_add_permission()`, `get_change_permission()` and `get_delete_permission()` called on a model\'s `_meta` (or a name assigned it).',
    why: 'Django 1.6 added `django.contrib.auth.get_permission_codename()` and deprecated the `Options` methods that built the codenames; Django 1.8 removed them (`AttributeError`).',
  },
  fix: 'none',
  checklist: ['meta-get-add-permission', 'meta-get-change-permission', 'meta-get-delete-permission'],
  classes: ['django.db.models.options.Options'],
  receiver: isMetaExpression,
  methods: [
    { name: 'get_add_permission', subject: '`_meta.get_add_permission()`', advice: advice('add') },
    { name: 'get_change_permission', subject: '`_meta.get_change_permission()`', advice: advice('change') },
    { name: 'get_delete_permission', subject: '`_meta.get_delete_permission()`', advice: advice('delete') },
  ],
  truth: {
    removed: ['django.db.models.options.Options.get_add_permission', 'django.db.models.options.Options.get_change_permission', 'django.db.models.options.Options.get_delete_permission'],
    replacements: ['django.contrib.auth.get_permission_codename'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.auth import get_permission_codename


          def can_add(user, opts):
              return user.has_perm("%s.%s" % (opts.app_label, get_permission_codename("add", opts)))
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def can_change(request, model):
              opts = model._meta
              return request.user.has_perm(opts.app_label + "." + opts.get_change_permission())
        `,
        errors: [
          { line: 3, column: 57, message: '`_meta.get_change_permission()` is deprecated since Django 1.6 and removed in 1.8: use `django.contrib.auth.get_permission_codename("change", opts)`' },
        ],
      },
    ],
  },
});
