import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-110',
  title: '`RemovedInDjango110Warning` (gone in Django 1.10)',
  category: 'removed-api',
  deprecatedIn: '1.10',
  removedIn: '1.10',
  docs: warningClassDocs('RemovedInDjango110Warning', '1.8', '1.10'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango110Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango110Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango110Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango110Warning` was removed in Django 1.10 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango110Warning` was removed in Django 1.10 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
