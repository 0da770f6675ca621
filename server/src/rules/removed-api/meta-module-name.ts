import { attributeUseRule, dedent } from '../shapes';
import { isMetaExpression } from '../shapes/receivers';

export default attributeUseRule({
  id: 'meta-module-name',
  title: '`_meta.module_name` → `_meta.model_name`',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds `.module_name` read from a model\'s `_meta` (`Model._meta.module_name`, `self.model._meta.module_name`, `opts.module_name` after `opts = model._meta`).',
    why: 'Django 1.6 renamed `Options.module_name` to `Options.model_name`; Django 1.8 removed the old name.',
    fixSafety: 'Safe: `model_name` is the value `module_name` returned. Needs Django 1.6+.',
  },
  fix: 'safe',
  fixMinVersion: '1.6',
  checklist: ['meta-module-name'],
  truth: { removed: ['django.db.models.options.Options.module_name'], note: '`model_name` is an instance attribute set by `Options.contribute_to_class()` (1.6+), not visible to the static check' },
  attributes: [{ name: 'module_name', object: (object, context) => isMetaExpression(context, object), rename: 'model_name', subject: '`Options.module_name`', advice: 'use `_meta.model_name`' }],
  examples: {
    valid: [
      {
        code: dedent`
          name = Book._meta.model_name
          name = plugin.module_name
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          url = "admin:%s_%s_change" % (obj._meta.app_label, obj._meta.module_name)
        `,
        errors: [
          { line: 1, column: 52, message: '`Options.module_name` is deprecated since Django 1.6 and removed in 1.8: use `_meta.model_name`' },
        ],
        output: dedent`
          url = "admin:%s_%s_change" % (obj._meta.app_label, obj._meta.model_name)
        `,
      },
      {
        code: dedent`
          def change_url(obj):
              opts = obj._meta
              return "admin:%s_%s_change" % (opts.app_label, opts.module_name)
        `,
        errors: [
          { line: 3, column: 52, message: '`Options.module_name` is deprecated since Django 1.6 and removed in 1.8: use `_meta.model_name`' },
        ],
        output: dedent`
          def change_url(obj):
              opts = obj._meta
              return "admin:%s_%s_change" % (opts.app_label, opts.model_name)
        `,
      },
      {
        code: dedent`
          def info(model):
              return model._meta.module_name
        `,
        errors: [
          { line: 2, column: 12, message: '`Options.module_name` is deprecated since Django 1.6 and removed in 1.8: use `_meta.model_name`' },
        ],
        output: dedent`
          def info(model):
              return model._meta.model_name
        `,
      },
    ],
  },
});
