import { dedent, removedModulesRule } from '../shapes';

export default removedModulesRule({
  id: 'contrib-comments',
  title: '`django.contrib.comments` → the `django-contrib-comments` package',
  category: 'removed-api',
  deprecatedIn: '1.6',
  removedIn: '1.8',
  docs: {
    what: 'Finds imports of `django.contrib.comments`.',
    why: 'Django 1.6 moved the comments framework out to `django-contrib-comments`; Django 1.8 removed it.',
  },
  fix: 'none',
  checklist: ['contrib-comments'],
  modules: [
    { module: 'django.contrib.comments', advice: 'install `django-contrib-comments` and import from `django_comments`' },
  ],
  examples: {
    valid: [
      {
        code: dedent`
          from django_comments.models import Comment
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          from django.contrib.comments.models import Comment
          from django.contrib import comments
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `django.contrib.comments` is deprecated since Django 1.6 and removed in 1.8: install `django-contrib-comments` and import from `django_comments`' },
          { line: 2, column: 28, message: 'The module `django.contrib.comments` is deprecated since Django 1.6 and removed in 1.8: install `django-contrib-comments` and import from `django_comments`' },
        ],
      },
    ],
  },
});
