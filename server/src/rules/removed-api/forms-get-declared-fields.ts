import { dedent, movedNamesRule } from '../shapes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'forms-get-declared-fields',
  title: '`django.forms.forms.get_declared_fields()`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports and uses of `django.forms.forms.get_declared_fields`.',
    why: 'Django 1.7 moved field collection into `DeclarativeFieldsMetaclass`; Django 1.9 removed the function.',
  },
  fix: 'none',
  checklist: ['forms-get-declared-fields'],
  names: [
    { old: 'django.forms.forms.get_declared_fields', advice: 'read the form class\'s `base_fields` (collected by `DeclarativeFieldsMetaclass`)' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          fields = MyForm.base_fields
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.forms.forms import get_declared_fields
        `,
        errors: [
          { line: 1, column: 32, message: '`django.forms.forms.get_declared_fields` is deprecated since Django 1.7 and removed in 1.9: read the form class\'s `base_fields` (collected by `DeclarativeFieldsMetaclass`)' },
        ],
      },
    ],
  },
});
