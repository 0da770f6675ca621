import { callArguments } from '../../engine/python-queries';
import { dedent, RemovedMethod, removedMethodsRule } from '../shapes';
import { isMetaExpression } from '../shapes/receivers';

const guide = 'see "Migrating from the old API" in the Model _meta API docs';

/** Rewrites a call with no arguments on `X._meta` to a comprehension over `X._meta.get_fields(...)`. */
function recipe(getFields: string, condition: string): RemovedMethod['rewrite'] {
  return (context, call) => {
    const { list, positional, keywords, hasSplat } = callArguments(call);
    const receiver = call.childForFieldName('function')?.childForFieldName('object');
    if (!list || !receiver || positional.length || keywords.size || hasSplat) return null;
    return {
      title: 'Use `_meta.get_fields()`',
      edits: [{ start: call.startIndex, end: call.endIndex, text: `[f for f in ${context.text.slice(receiver.startIndex, receiver.endIndex)}.${getFields} if ${condition}]` }],
    };
  };
}

const methods: RemovedMethod[] = [
  { name: 'get_field_by_name', subject: '`_meta.get_field_by_name()`', advice: `use \`_meta.get_field(name)\`, which returns the field alone (${guide} for model, direct and m2m)` },
  { name: 'get_all_field_names', subject: '`_meta.get_all_field_names()`', advice: `use the names of \`_meta.get_fields()\` (\`f.name\`, and \`f.attname\` for concrete fields; ${guide})` },
  { name: 'get_fields_with_model', subject: '`_meta.get_fields_with_model()`', advice: `use \`_meta.get_fields()\` and \`f.model\` (${guide})` },
  { name: 'get_concrete_fields_with_model', subject: '`_meta.get_concrete_fields_with_model()`', advice: `use \`_meta.get_fields()\` filtered on \`f.concrete\`, with \`f.model\` (${guide})` },
  { name: 'get_m2m_with_model', subject: '`_meta.get_m2m_with_model()`', advice: `use \`_meta.get_fields()\` filtered on \`f.many_to_many and not f.auto_created\`, with \`f.model\` (${guide})` },
  {
    name: 'get_all_related_objects',
    subject: '`_meta.get_all_related_objects()`',
    advice: 'use `[f for f in _meta.get_fields() if (f.one_to_many or f.one_to_one) and f.auto_created and not f.concrete]`',
    rewrite: recipe('get_fields()', '(f.one_to_many or f.one_to_one) and f.auto_created and not f.concrete'),
  },
  { name: 'get_all_related_objects_with_model', subject: '`_meta.get_all_related_objects_with_model()`', advice: `use the reverse relations of \`_meta.get_fields()\`, with \`f.model\` (${guide})` },
  {
    name: 'get_all_related_many_to_many_objects',
    subject: '`_meta.get_all_related_many_to_many_objects()`',
    advice: 'use `[f for f in _meta.get_fields(include_hidden=True) if f.many_to_many and f.auto_created]`',
    rewrite: recipe('get_fields(include_hidden=True)', 'f.many_to_many and f.auto_created'),
  },
  { name: 'get_all_related_m2m_objects_with_model', subject: '`_meta.get_all_related_m2m_objects_with_model()`', advice: `use \`_meta.get_fields(include_hidden=True)\` filtered on \`f.many_to_many and f.auto_created\`, with \`f.model\` (${guide})` },
];

export default removedMethodsRule({
  id: 'model-meta-legacy-api',
  title: 'Old `Model._meta` API (`get_field_by_name()`, `get_all_field_names()`, `get_all_related_objects()`…) → `get_fields()`/`get_field()`',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.10',
  docs: {
    what: 'Finds calls of the nine methods of the pre-1.8 `_meta` API on `<model>._meta`, on names assigned it (`opts = self.model._meta`), and on `self` in an `Options` subclass; not in modules that import mongoengine or peewee, whose objects have a `_meta` of their own.',
    why: 'Django 1.8 formalised the `Model._meta` API around `get_fields()` and `get_field()`; the old methods were deprecated and Django 1.10 removed them.',
    fixSafety:
      'Quick fix only for `get_all_related_objects()` and `get_all_related_many_to_many_objects()` called without arguments: the list comprehension ' +
      'Django\'s migration guide gives (the order of the fields may differ). The others return tuples or names and need a hand rewrite.',
  },
  fix: 'unsafe',
  fixMinVersion: '1.8',
  checklist: [
    'meta-get-field-by-name', 'meta-get-all-field-names', 'meta-get-fields-with-model', 'meta-get-concrete-fields-with-model', 'meta-get-m2m-with-model',
    'meta-get-all-related-objects', 'meta-get-all-related-objects-with-model', 'meta-get-all-related-many-to-many-objects', 'meta-get-all-related-m2m-objects-with-model',
  ],
  classes: ['django.db.models.options.Options'],
  receiver: isMetaExpression,
  methods,
  truth: {
    removed: methods.map((m) => `django.db.models.options.Options.${m.name}`),
    replacements: ['django.db.models.options.Options.get_fields', 'django.db.models.options.Options.get_field'],
  },
  examples: {
    valid: [
      {
        code: dedent`
          names = [f.name for f in Book._meta.get_fields()]
        `,
      },
      {
        code: dedent`
          tree.get_all_related_objects()
        `,
      },
      {
        code: dedent`
          def walk(node, opts):
              opts = opts or node._meta
              return opts.get_all_related_objects()
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          def related(model):
              field, _, direct, m2m = model._meta.get_field_by_name("author")
              return model._meta.get_all_related_objects()
        `,
        errors: [
          { line: 2, column: 29, message: '`_meta.get_field_by_name()` is deprecated since Django 1.8 and removed in 1.10: use `_meta.get_field(name)`, which returns the field alone (see "Migrating from the old API" in the Model _meta API docs for model, direct and m2m)' },
          { line: 3, column: 12, message: '`_meta.get_all_related_objects()` is deprecated since Django 1.8 and removed in 1.10: use `[f for f in _meta.get_fields() if (f.one_to_many or f.one_to_one) and f.auto_created and not f.concrete]`' },
        ],
        output: dedent`
          def related(model):
              field, _, direct, m2m = model._meta.get_field_by_name("author")
              return [f for f in model._meta.get_fields() if (f.one_to_many or f.one_to_one) and f.auto_created and not f.concrete]
        `,
      },
      {
        code: dedent`
          names = self.instance._meta.get_all_field_names()
        `,
        errors: [
          { line: 1, column: 9, message: '`_meta.get_all_field_names()` is deprecated since Django 1.8 and removed in 1.10: use the names of `_meta.get_fields()` (`f.name`, and `f.attname` for concrete fields; see "Migrating from the old API" in the Model _meta API docs)' },
        ],
      },
      {
        code: dedent`
          from django.contrib.auth.models import Group


          def group_relations():
              return sorted(rel.name for rel in Group._meta.get_all_related_many_to_many_objects())
        `,
        errors: [
          { line: 5, column: 39, message: '`_meta.get_all_related_many_to_many_objects()` is deprecated since Django 1.8 and removed in 1.10: use `[f for f in _meta.get_fields(include_hidden=True) if f.many_to_many and f.auto_created]`' },
        ],
        output: dedent`
          from django.contrib.auth.models import Group


          def group_relations():
              return sorted(rel.name for rel in [f for f in Group._meta.get_fields(include_hidden=True) if f.many_to_many and f.auto_created])
        `,
      },
      {
        code: dedent`
          def reverse_names(model):
              opts = model._meta
              names = [rel.get_accessor_name() for rel in opts.get_all_related_objects()]
              field = opts.get_field_by_name("author")[0]
              return names, field
        `,
        errors: [
          { line: 3, column: 49, message: '`_meta.get_all_related_objects()` is deprecated since Django 1.8 and removed in 1.10: use `[f for f in _meta.get_fields() if (f.one_to_many or f.one_to_one) and f.auto_created and not f.concrete]`' },
          { line: 4, column: 13, message: '`_meta.get_field_by_name()` is deprecated since Django 1.8 and removed in 1.10: use `_meta.get_field(name)`, which returns the field alone (see "Migrating from the old API" in the Model _meta API docs for model, direct and m2m)' },
        ],
        output: dedent`
          def reverse_names(model):
              opts = model._meta
              names = [rel.get_accessor_name() for rel in [f for f in opts.get_fields() if (f.one_to_many or f.one_to_one) and f.auto_created and not f.concrete]]
              field = opts.get_field_by_name("author")[0]
              return names, field
        `,
      },
    ],
  },
});
