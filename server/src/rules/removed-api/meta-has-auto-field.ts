import { isDjangoOptions } from '../shapes/receivers';
import { attributeUseRule, dedent } from '../shapes';

/** Where `x is not None` can stand without parentheses. */
const bareParents = new Set(['if_statement', 'elif_clause', 'while_statement', 'assignment', 'return_statement', 'argument_list', 'keyword_argument', 'parenthesized_expression', 'assert_statement']);

export default attributeUseRule({
  id: 'meta-has-auto-field',
  title: '`_meta.has_auto_field` → `_meta.auto_field is not None`',
  category: 'removed-api',
  deprecatedIn: '1.11',
  removedIn: '2.1',
  docs: {
    what: 'Finds `has_auto_field` on `Model._meta` (and on names `opts`, `meta`, `options`), except in modules that import mongoengine or peewee, whose documents and models have a `_meta` of their own.',
    why: 'Django 1.11 deprecated the flag for a test of `Options.auto_field`; 2.1 removed it (`AttributeError`; assignments are silently ignored from 1.11).',
    fixSafety: 'Safe for reads: writes `_meta.auto_field is not None`, what the property returned. Assignments are only reported.',
  },
  fix: 'safe',
  fixMinVersion: '1.8',
  checklist: ['meta-has-auto-field'],
  truth: { removed: ['django.db.models.options.Options.has_auto_field'], note: '`auto_field` is an instance attribute set in `Options.__init__`, not visible to the static check' },
  attributes: [{
    name: 'has_auto_field',
    object: isDjangoOptions,
    subject: '`Options.has_auto_field`',
    advice: 'test `_meta.auto_field is not None`',
    replace(_context, access) {
      const parent = access.parent;
      const isAssigned = parent?.type === 'assignment' && parent.childForFieldName('left')?.startIndex === access.startIndex;
      if (isAssigned) return null;
      const object = access.childForFieldName('object')!;
      const text = `${object.text}.auto_field is not None`;
      return [{ start: access.startIndex, end: access.endIndex, text: parent && bareParents.has(parent.type) ? text : `(${text})` }];
    },
  }],
  examples: {
    valid: [
      {
        code: dedent`
          if Book._meta.auto_field is not None:
              pass
        `,
      },
      {
        code: dedent`
          from mongoengine.fields import StringField


          class SlugField(StringField):
              def contribute_to_class(self, cls, name):
                  if not cls._meta.has_auto_field:
                      cls._meta.has_auto_field = True
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          if Book._meta.has_auto_field:
              pass
          flag = not opts.has_auto_field
        `,
        errors: [
          { line: 1, column: 4, message: '`Options.has_auto_field` is deprecated since Django 1.11 and removed in 2.1: test `_meta.auto_field is not None`' },
          { line: 3, column: 12, message: '`Options.has_auto_field` is deprecated since Django 1.11 and removed in 2.1: test `_meta.auto_field is not None`' },
        ],
        output: dedent`
          if Book._meta.auto_field is not None:
              pass
          flag = not (opts.auto_field is not None)
        `,
      },
      {
        code: dedent`
          def copy_without_pk(instance):
              meta = instance._meta
              if meta.has_auto_field:
                  instance.pk = None
              return instance
        `,
        errors: [
          { line: 3, column: 8, message: '`Options.has_auto_field` is deprecated since Django 1.11 and removed in 2.1: test `_meta.auto_field is not None`' },
        ],
        output: dedent`
          def copy_without_pk(instance):
              meta = instance._meta
              if meta.auto_field is not None:
                  instance.pk = None
              return instance
        `,
      },
    ],
  },
});
