import { isDjangoOptions } from '../shapes/receivers';
import { attributeUseRule, dedent } from '../shapes';

export default attributeUseRule({
  id: 'meta-virtual-fields',
  title: '`_meta.virtual_fields` → `_meta.private_fields`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `virtual_fields` on `Model._meta` (and on names `opts`, `meta`, `options`), except in modules that import mongoengine or peewee, whose documents and models have a `_meta` of their own.',
    why: 'Django 1.10 renamed virtual fields to private fields; 2.0 removed `Options.virtual_fields` (`AttributeError`).',
    fixSafety: 'Safe: `private_fields` is the same list. Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['meta-virtual-fields'],
  truth: { removed: ['django.db.models.options.Options.virtual_fields'], note: '`private_fields` is an instance attribute set in `Options.__init__`, not visible to the static check' },
  attributes: [{ name: 'virtual_fields', object: isDjangoOptions, rename: 'private_fields', subject: '`Options.virtual_fields`', advice: 'use `_meta.private_fields`' }],
  examples: {
    valid: [
      {
        code: dedent`
          fields = Book._meta.private_fields
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          for f in Book._meta.virtual_fields:
              print(f)
        `,
        errors: [
          { line: 1, column: 10, message: '`Options.virtual_fields` is deprecated since Django 1.10 and removed in 2.0: use `_meta.private_fields`' },
        ],
        output: dedent`
          for f in Book._meta.private_fields:
              print(f)
        `,
      },
      {
        code: dedent`
          def generic_relations(model):
              opts = model._meta
              return [field.name for field in opts.virtual_fields]
        `,
        errors: [
          { line: 3, column: 37, message: '`Options.virtual_fields` is deprecated since Django 1.10 and removed in 2.0: use `_meta.private_fields`' },
        ],
        output: dedent`
          def generic_relations(model):
              opts = model._meta
              return [field.name for field in opts.private_fields]
        `,
      },
    ],
  },
});
