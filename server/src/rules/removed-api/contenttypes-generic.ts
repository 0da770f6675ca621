import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'contenttypes-generic',
  title: '`django.contrib.contenttypes.generic` → `fields`, `forms` and `admin`',
  category: 'removed-api',
  deprecatedIn: '1.7',
  removedIn: '1.9',
  docs: {
    what: 'Finds imports of `django.contrib.contenttypes.generic`.',
    why: 'Django 1.7 split the module into `django.contrib.contenttypes.fields` (`GenericForeignKey`, `GenericRelation`), `.forms` (`generic_inlineformset_factory`) and `.admin` (`GenericTabularInline`…); Django 1.9 removed it.',
  },
  fix: 'none',
  checklist: ['contenttypes-generic'],
  modules: [
    { module: 'django.contrib.contenttypes.generic', advice: 'import from `django.contrib.contenttypes.fields`, `.forms` or `.admin`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django.contrib.contenttypes.fields import GenericForeignKey
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.contenttypes.generic import GenericForeignKey, GenericRelation
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.contrib.contenttypes.generic` is deprecated since Django 1.7 and removed in 1.9: import from `django.contrib.contenttypes.fields`, `.forms` or `.admin`' },
        ],
      },
      {
        code: dedent`
          from django.contrib.contenttypes import generic

          class Tag(models.Model):
              item = generic.GenericForeignKey()
        `,
        errors: [
          { line: 1, column: 41, message: 'The module `django.contrib.contenttypes.generic` is deprecated since Django 1.7 and removed in 1.9: import from `django.contrib.contenttypes.fields`, `.forms` or `.admin`' },
        ],
      },
    ],
  },
});
