import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-20',
  title: '`RemovedInDjango20Warning` (gone in Django 2.0)',
  category: 'removed-api',
  deprecatedIn: '2.0',
  removedIn: '2.0',
  docs: warningClassDocs('RemovedInDjango20Warning', '1.8', '2.0'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango20Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango20Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango20Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango20Warning` was removed in Django 2.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango20Warning` was removed in Django 2.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
