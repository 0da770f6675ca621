import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-40',
  title: '`RemovedInDjango40Warning` (gone in Django 4.0)',
  category: 'removed-api',
  deprecatedIn: '4.0',
  removedIn: '4.0',
  docs: warningClassDocs('RemovedInDjango40Warning', '3.0', '4.0'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango40Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango40Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango40Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango40Warning` was removed in Django 4.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango40Warning` was removed in Django 4.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
