import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-50',
  title: '`RemovedInDjango50Warning` (gone in Django 5.0)',
  category: 'removed-api',
  deprecatedIn: '5.0',
  removedIn: '5.0',
  docs: warningClassDocs('RemovedInDjango50Warning', '4.0', '5.0'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango50Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango50Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango50Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango50Warning` was removed in Django 5.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango50Warning` was removed in Django 5.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
