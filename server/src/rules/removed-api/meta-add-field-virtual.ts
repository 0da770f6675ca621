import { isDjangoOptions } from '../shapes/receivers';
import { dedent, keywordArgumentRule } from '../shapes';

export default keywordArgumentRule({
  id: 'meta-add-field-virtual',
  title: '`_meta.add_field(virtual=…)` → `private=`',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '2.0',
  docs: {
    what: 'Finds `virtual=` passed to `add_field()` of `Model._meta` (and of names `opts`, `meta`, `options`), except in modules that import mongoengine or peewee, whose documents and models have a `_meta` of their own.',
    why: 'Django 1.10 renamed virtual fields to private fields; 2.0 removed the `virtual` argument (`TypeError`).',
    fixSafety: 'Safe: renames the keyword. Needs Django 1.10+.',
  },
  fix: 'safe',
  fixMinVersion: '1.10',
  checklist: ['meta-add-field-virtual'],
  truth: { removedParameters: [{ symbol: 'django.db.models.options.Options.add_field', name: 'virtual' }] },
  sites: { methods: { names: ['add_field'], receiver: (context, receiver) => isDjangoOptions(receiver, context) } },
  keywords: [{ name: 'virtual', subject: '`Options.add_field(virtual=…)`', rename: 'private', advice: 'pass `private`' }],
  examples: {
    valid: [
      {
        code: dedent`
          cls._meta.add_field(self, private=True)
          form.add_field(f, virtual=True)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          cls._meta.add_field(self, virtual=True)
        `,
        errors: [
          { line: 1, column: 27, message: '`Options.add_field(virtual=…)` is deprecated since Django 1.10 and removed in 2.0: pass `private`' },
        ],
        output: dedent`
          cls._meta.add_field(self, private=True)
        `,
      },
      {
        code: dedent`
          class TagsField:
              def contribute_to_class(self, cls, name, **kwargs):
                  self.name = name
                  self.model = cls
                  cls._meta.add_field(self, virtual=True)
                  setattr(cls, name, self)
        `,
        errors: [
          { line: 5, column: 35, message: '`Options.add_field(virtual=…)` is deprecated since Django 1.10 and removed in 2.0: pass `private`' },
        ],
        output: dedent`
          class TagsField:
              def contribute_to_class(self, cls, name, **kwargs):
                  self.name = name
                  self.model = cls
                  cls._meta.add_field(self, private=True)
                  setattr(cls, name, self)
        `,
      },
    ],
  },
});
