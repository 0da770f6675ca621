import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-19',
  title: '`RemovedInDjango19Warning` (gone in Django 1.9)',
  category: 'removed-api',
  deprecatedIn: '1.9',
  removedIn: '1.9',
  docs: warningClassDocs('RemovedInDjango19Warning', '1.7', '1.9'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango19Warning', advice: warningClassAdvice }],
  examples: {
    valid: [
      {
        code: dedent`
          import warnings

          warnings.simplefilter("error", DeprecationWarning)
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import warnings

          from django.utils.deprecation import RemovedInDjango19Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango19Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango19Warning` was removed in Django 1.9 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango19Warning` was removed in Django 1.9 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
