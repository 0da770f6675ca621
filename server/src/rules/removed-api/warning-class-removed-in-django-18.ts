import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-18',
  title: '`RemovedInDjango18Warning` (gone in Django 1.8)',
  category: 'removed-api',
  deprecatedIn: '1.8',
  removedIn: '1.8',
  docs: warningClassDocs('RemovedInDjango18Warning', '1.7', '1.8'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango18Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango18Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango18Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango18Warning` was removed in Django 1.8 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango18Warning` was removed in Django 1.8 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
