import { dedent, movedNamesRule } from '../shapes';
import { warningClassAdvice, warningClassDocs } from '../shapes/warning-classes';

export default movedNamesRule({
  triggersInCode: true,
  id: 'warning-class-removed-in-django-21',
  title: '`RemovedInDjango21Warning` (gone in Django 2.1)',
  category: 'removed-api',
  deprecatedIn: '2.1',
  removedIn: '2.1',
  docs: warningClassDocs('RemovedInDjango21Warning', '1.11', '2.1'),
  fix: 'none',
  names: [{ old: 'django.utils.deprecation.RemovedInDjango21Warning', advice: warningClassAdvice }],
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

          from django.utils.deprecation import RemovedInDjango21Warning

          warnings.filterwarnings("ignore", category=RemovedInDjango21Warning)
        `,
        errors: [
          { line: 3, column: 38, message: '`django.utils.deprecation.RemovedInDjango21Warning` was removed in Django 2.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
          { line: 5, column: 44, message: '`django.utils.deprecation.RemovedInDjango21Warning` was removed in Django 2.1 without a deprecation period: remove the code that raises or filters it (the deprecations it marked are gone), or use the builtin `DeprecationWarning`' },
        ],
      },
    ],
  },
});
