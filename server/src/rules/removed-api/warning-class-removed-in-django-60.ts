import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-60',
  title: '`RemovedInDjango60Warning` (gone in Django 6.0)',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: '6.0',
  docs: warningClassDocs('RemovedInDjango60Warning', '5.0', '6.0'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango60Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango60Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango60Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango60Warning` was removed in Django 6.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango60Warning` was removed in Django 6.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
