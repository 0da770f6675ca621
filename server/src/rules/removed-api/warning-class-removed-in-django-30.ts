import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-30',
  title: '`RemovedInDjango30Warning` (gone in Django 3.0)',
  category: 'removed-api',
  deprecatedIn: '3.0',
  removedIn: '3.0',
  docs: warningClassDocs('RemovedInDjango30Warning', '2.0', '3.0'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango30Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango30Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango30Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango30Warning` was removed in Django 3.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango30Warning` was removed in Django 3.0 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
